"""(c) A Python-trained SavedModel, made and served from Python.

    python bench/python/savedmodel.py make DIR
        builds the (a) model (bench/python/models.py) in Keras 3, trains it briefly, and writes
        DIR/saved_model (model.export: the TF SavedModel Keras makes for serving) and
        DIR/model.keras;
    python bench/python/savedmodel.py measure DIR --latency-runs N --throughput-runs M --out result.json
        times batch-1 calls (latency p50/p99) and batch-256 calls (samples/s) three ways:
          signature   tf.saved_model.load(dir).signatures["serving_default"](features=tf.constant(x))
          serve       the exported endpoint, loaded.serve(x) (a tf.function, no signature wrapping)
          keras       keras.models.load_model(model.keras).predict_on_batch(x) (Keras's own call)
        each call includes converting the NumPy input and reading every output back as NumPy.
"""
import argparse
import json
import os
import resource
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "1")
os.environ.setdefault("KERAS_BACKEND", "tensorflow")

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402
import keras  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
from models import compiled, data  # noqa: E402


def make(directory):
    keras.utils.set_random_seed(3)
    model = compiled("mlp", steps_per_execution=1, jit_compile=False)
    x, y = data("mlp", 256 * 20)
    model.fit(x, y, batch_size=256, epochs=1, verbose=0)
    model.export(os.path.join(directory, "saved_model"), verbose=False)
    model.save(os.path.join(directory, "model.keras"))


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def quantiles(seconds):
    us = np.array(seconds) * 1e6
    return {"p50": float(np.percentile(us, 50)), "p99": float(np.percentile(us, 99)), "max": float(us.max()), "mean": float(us.mean())}


def measure(directory, latency_runs, throughput_runs, warmup):
    rng = np.random.default_rng(11)
    singles = [rng.uniform(-1, 1, size=(1, 128)).astype(np.float32) for _ in range(16)]
    batches = [rng.uniform(-1, 1, size=(256, 128)).astype(np.float32) for _ in range(4)]
    loaded = tf.saved_model.load(os.path.join(directory, "saved_model"))
    signature = loaded.signatures["serving_default"]
    keras_model = keras.models.load_model(os.path.join(directory, "model.keras"))
    ways = {
        "signature": lambda x: {k: v.numpy() for k, v in signature(features=tf.constant(x)).items()},
        "serve": lambda x: {k: v.numpy() for k, v in loaded.serve({"features": tf.constant(x)}).items()},
        "keras": lambda x: {k: np.asarray(v) for k, v in keras_model.predict_on_batch({"features": x}).items()},
    }
    results = {}
    for name, call in ways.items():
        for i in range(warmup):
            call(singles[i % len(singles)])
            call(batches[i % len(batches)])
        latencies = []
        cpu = cpu_seconds()
        for i in range(latency_runs):
            started = time.perf_counter()
            call(singles[i % len(singles)])
            latencies.append(time.perf_counter() - started)
        cpu = cpu_seconds() - cpu
        started = time.perf_counter()
        for i in range(throughput_runs):
            call(batches[i % len(batches)])
        seconds = time.perf_counter() - started
        results[name] = {
            "latencyUs": quantiles(latencies),
            "cpuUsPerCall": cpu * 1e6 / latency_runs,
            "batch256SamplesPerSecond": throughput_runs * 256 / seconds,
        }
        print(f"  python {name}: batch-1 p50 {results[name]['latencyUs']['p50']:.0f} us, p99 {results[name]['latencyUs']['p99']:.0f} us; "
              f"batch-256 {results[name]['batch256SamplesPerSecond']:.0f} samples/s", file=sys.stderr)
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["make", "measure"])
    parser.add_argument("dir")
    parser.add_argument("--latency-runs", type=int, default=2000)
    parser.add_argument("--throughput-runs", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--out")
    args = parser.parse_args()
    if args.mode == "make":
        make(args.dir)
        return
    result = measure(args.dir, args.latency_runs, args.throughput_runs, args.warmup)
    text = json.dumps(result, indent=2)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text)
    else:
        print(text)


if __name__ == "__main__":
    main()
