"""tfmot's own pruning schedules on the steps examples/prune-schedules.ts compares against nn.pruning.

tensorflow-model-optimization cannot be installed into .venv cleanly (it needs tf-keras, whose 2.21
release requires the `tensorflow` distribution beside .venv's tensorflow-cpu), but its schedule
module needs only TensorFlow and six: this script loads pruning_schedule.py straight from the
wheel, without installing it.

    .venv/bin/pip download tensorflow-model-optimization==0.8.1 --no-deps -d /tmp/tfmot
    .venv/bin/python examples/python/tfmot_schedules.py /tmp/tfmot/tensorflow_model_optimization-0.8.1-py2.py3-none-any.whl > /tmp/tfmot.json

Prints JSON: {"version": wheel name, "cases": [{"kind", "options", "steps": [[should_prune, sparsity], ...]}]}
for steps 0..STEPS-1, each schedule called eagerly on an int64 step as the pruning wrapper does.
"""
import json
import os
import sys
import types
import zipfile

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import tensorflow as tf  # noqa: E402

MODULE = "tensorflow_model_optimization/python/core/sparsity/keras/pruning_schedule.py"
STEPS = 131
# The options of each case, in tfmot's argument names; examples/prune-schedules.ts uses the same cases.
CASES = [
    ("ConstantSparsity", {"target_sparsity": 0.8, "begin_step": 10, "end_step": 100, "frequency": 15}),
    ("ConstantSparsity", {"target_sparsity": 0.5, "begin_step": 0, "end_step": -1, "frequency": 7}),
    ("PolynomialDecay", {"initial_sparsity": 0.5, "final_sparsity": 0.9, "begin_step": 10, "end_step": 110, "power": 3, "frequency": 20}),
    ("PolynomialDecay", {"initial_sparsity": 0.0, "final_sparsity": 0.8, "begin_step": 0, "end_step": 75, "power": 2, "frequency": 5}),
    ("PolynomialDecay", {"initial_sparsity": 0.1, "final_sparsity": 0.95, "begin_step": 3, "end_step": 120, "power": 1.5, "frequency": 1}),
]


def main() -> None:
    wheel = sys.argv[1]
    with zipfile.ZipFile(wheel) as archive:
        source = archive.read(MODULE).decode("utf-8")
    module = types.ModuleType("pruning_schedule")
    exec(compile(source, MODULE, "exec"), module.__dict__)  # noqa: S102 - tfmot's own module, from its wheel
    cases = []
    for kind, options in CASES:
        schedule = getattr(module, kind)(**options)
        values = []
        for step in range(STEPS):
            prune, sparsity = schedule(tf.constant(step, tf.int64))
            values.append([bool(prune), float(sparsity)])
        cases.append({"kind": kind, "options": options, "steps": values})
    print(json.dumps({"version": os.path.basename(wheel), "cases": cases}))


if __name__ == "__main__":
    main()
