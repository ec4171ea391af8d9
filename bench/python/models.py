"""The benchmark workloads in Keras 3: the same models as bench/hydra/models.js.

Same layers and sizes, Glorot-uniform kernels and zero biases (the Keras defaults, which
hydra-tf's layers share), the same losses (from logits), metrics and optimizer (Adam 1e-3).
"""
import numpy as np
import keras
from keras import layers

BATCH_SIZES = {"mlp": 256, "lenet": 128}


def build_mlp():
    features = keras.Input(shape=(128,), name="features")
    x = layers.Dense(256, activation="relu", name="bottom_1")(features)
    x = layers.Dense(128, activation="relu", name="bottom_2")(x)
    outputs = {}
    for task, units in (("price", 1), ("click", 1), ("segment", 10)):
        tower = layers.Dense(64, activation="relu", name=f"{task}_tower")(x)
        outputs[task] = layers.Dense(units, name=task)(tower)
    model = keras.Model(inputs={"features": features}, outputs=outputs, name="mlp")
    losses = {
        "price": keras.losses.MeanSquaredError(),
        "click": keras.losses.BinaryCrossentropy(from_logits=True),
        "segment": keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    }
    metrics = {
        "price": [keras.metrics.MeanAbsoluteError(name="mae")],
        "click": [keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")],
        "segment": [keras.metrics.SparseCategoricalAccuracy(name="accuracy")],
    }
    return model, losses, metrics


def build_lenet():
    image = keras.Input(shape=(28, 28, 1), name="image")
    x = layers.Conv2D(6, 5, padding="same", activation="relu", name="conv_1")(image)
    x = layers.MaxPooling2D(2, name="pool_1")(x)
    x = layers.Conv2D(16, 5, activation="relu", name="conv_2")(x)
    x = layers.MaxPooling2D(2, name="pool_2")(x)
    x = layers.Flatten(name="flatten")(x)
    x = layers.Dense(120, activation="relu", name="dense_1")(x)
    x = layers.Dense(84, activation="relu", name="dense_2")(x)
    outputs = {"digit": layers.Dense(10, name="digit")(x), "parity": layers.Dense(1, name="parity")(x)}
    model = keras.Model(inputs={"image": image}, outputs=outputs, name="lenet")
    losses = {
        "digit": keras.losses.SparseCategoricalCrossentropy(from_logits=True),
        "parity": keras.losses.BinaryCrossentropy(from_logits=True),
    }
    metrics = {
        "digit": [keras.metrics.SparseCategoricalAccuracy(name="accuracy")],
        "parity": [keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")],
    }
    return model, losses, metrics


BUILDERS = {"mlp": build_mlp, "lenet": build_lenet}


def data(workload, n, seed=7):
    """Random inputs and labels of n examples: (x dict, y dict), float32 / int32 like hydra-tf's."""
    rng = np.random.default_rng(seed)
    if workload == "mlp":
        features = rng.uniform(-1, 1, size=(n, 128)).astype(np.float32)
        y = {
            "price": (features[:, 0] + 0.5 * features[:, 1]).reshape(n, 1).astype(np.float32),
            "click": (features[:, 2:3] > 0).astype(np.float32),
            "segment": rng.integers(0, 10, size=(n,)).astype(np.int32),
        }
        return {"features": features}, y
    image = rng.uniform(0, 1, size=(n, 28, 28, 1)).astype(np.float32)
    digit = rng.integers(0, 10, size=(n,)).astype(np.int32)
    return {"image": image}, {"digit": digit, "parity": (digit % 2).reshape(n, 1).astype(np.float32)}


def compiled(workload, steps_per_execution, jit_compile):
    model, losses, metrics = BUILDERS[workload]()
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=1e-3),
        loss=losses,
        metrics=metrics,
        steps_per_execution=steps_per_execution,
        jit_compile=jit_compile,
    )
    return model
