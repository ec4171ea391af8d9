"""Keras 3 (TensorFlow backend) training benchmark for one workload.

    python bench/python/train.py --workload mlp|lenet --steps S --warmup W --reps R
        --steps-per-execution K [--jit auto|off] --out result.json

Each rep times one `model.fit(x, y, batch_size, epochs=1, verbose=0)` over S batches of
in-memory NumPy arrays (shuffled, as fit does by default), after a warm-up fit of W batches
that traces (and with XLA compiles) the train function. jit_compile "auto" is Keras's default
(XLA on when every layer supports it, which these do); "off" runs the plain TensorFlow graph,
as hydra-tf and the C program do.
"""
import argparse
import json
import os
import platform
import resource
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "1")
os.environ.setdefault("KERAS_BACKEND", "tensorflow")

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
from models import BATCH_SIZES, compiled, data  # noqa: E402


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--workload", default="mlp")
    parser.add_argument("--steps", type=int, default=320)
    parser.add_argument("--warmup", type=int, default=32)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--steps-per-execution", type=int, default=32)
    parser.add_argument("--jit", default="auto", choices=["auto", "off"])
    parser.add_argument("--out")
    args = parser.parse_args()
    batch = BATCH_SIZES[args.workload]
    jit = "auto" if args.jit == "auto" else False
    model = compiled(args.workload, args.steps_per_execution, jit)
    x, y = data(args.workload, args.steps * batch)
    warm_x = {k: v[: args.warmup * batch] for k, v in x.items()}
    warm_y = {k: v[: args.warmup * batch] for k, v in y.items()}

    started = time.perf_counter()
    model.fit(warm_x, warm_y, batch_size=batch, epochs=1, verbose=0)
    compile_seconds = time.perf_counter() - started
    reps = []
    for rep in range(args.reps):
        cpu = cpu_seconds()
        started = time.perf_counter()
        model.fit(x, y, batch_size=batch, epochs=1, verbose=0)
        seconds = time.perf_counter() - started
        cpu = cpu_seconds() - cpu
        reps.append({
            "seconds": seconds,
            "samplesPerSecond": args.steps * batch / seconds,
            "msPerStep": seconds * 1000 / args.steps,
            "cpuMsPerStep": cpu * 1000 / args.steps,
        })
        print(f"  keras {args.workload} (spe {args.steps_per_execution}, jit {args.jit}) rep {rep + 1}: "
              f"{reps[-1]['samplesPerSecond']:.0f} samples/s, {reps[-1]['msPerStep']:.2f} ms/step", file=sys.stderr)
    result = {
        "workload": args.workload,
        "batchSize": batch,
        "stepsPerRep": args.steps,
        "warmupSteps": args.warmup,
        "stepsPerExecution": args.steps_per_execution,
        "jitCompile": args.jit,
        "compileSeconds": compile_seconds,
        "versions": {"tensorflow": tf.__version__, "keras": keras.__version__, "numpy": np.__version__, "python": platform.python_version()},
        "reps": reps,
        "median": {
            "samplesPerSecond": float(np.median([r["samplesPerSecond"] for r in reps])),
            "msPerStep": float(np.median([r["msPerStep"] for r in reps])),
            "cpuMsPerStep": float(np.median([r["cpuMsPerStep"] for r in reps])),
        },
    }
    text = json.dumps(result, indent=2)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text)
    else:
        print(text)


if __name__ == "__main__":
    main()
