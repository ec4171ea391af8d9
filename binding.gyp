{
  "targets": [
    {
      "target_name": "hydra_tf",
      "sources": [
        "native/addon.cc",
        "native/convert.cc",
        "native/jobs.cc",
        "native/wrap.cc",
        "native/tf_api.cc",
        "native/tensor.cc",
        "native/graph.cc",
        "native/operation.cc",
        "native/graph_import.cc",
        "native/graph_function.cc",
        "native/session.cc",
        "native/saved_model.cc",
        "native/devices.cc",
        "native/server.cc"
      ],
      "dependencies": [
        "<!(node -p \"require('node-addon-api').targets\"):node_addon_api_except"
      ],
      # NAPI_EXPERIMENTAL: Node (>= 20.10) then runs finalizers inside garbage collection, so
      # tensors are freed without waiting for the event loop to turn (see native/tensor.h).
      "defines": ["NAPI_EXPERIMENTAL"],
      "cflags!": ["-fno-exceptions"],
      "cflags_cc!": ["-fno-exceptions", "-std=gnu++14", "-std=gnu++17"],
      "cflags_cc": ["-std=c++17", "-fvisibility=hidden", "-O2", "-Wall", "-Wextra", "-Wno-unused-parameter"],
      "libraries": ["-ldl"]
    }
  ]
}
