#include "tf_api.h"

#include <dlfcn.h>

#include <mutex>
#include <vector>

namespace hydra {
namespace {

std::mutex g_load_mutex;
TfApi* g_api = nullptr;  // Never freed: the library stays loaded for the process.
std::string g_path;

}  // namespace

const TfApi* LoadTfApi(const std::string& path, std::string* error) {
  std::lock_guard<std::mutex> lock(g_load_mutex);
  if (g_api != nullptr) {
    if (path == g_path) return g_api;
    *error = "libtensorflow is already loaded from " + g_path +
             "; a process can use only one TensorFlow library (asked for " + path + ")";
    return nullptr;
  }
  // RTLD_LOCAL keeps TensorFlow's many bundled symbols (protobuf, absl, ...) out of
  // the global namespace, so they cannot clash with other addons.
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* message = dlerror();
    *error = "cannot load libtensorflow from " + path + ": " +
             (message != nullptr ? message : "unknown dlopen error");
    return nullptr;
  }
  auto* api = new TfApi();
  std::vector<std::string> missing;
#define HYDRA_TF_RESOLVE(name, ret, params)                                \
  api->name = reinterpret_cast<ret(*) params>(dlsym(handle, #name));       \
  if (api->name == nullptr) missing.push_back(#name);
  HYDRA_TF_FUNCTIONS(HYDRA_TF_RESOLVE)
#undef HYDRA_TF_RESOLVE
  if (!missing.empty()) {
    std::string list;
    for (const auto& name : missing) list += (list.empty() ? "" : ", ") + name;
    *error = "libtensorflow at " + path + " lacks " + std::to_string(missing.size()) +
             " C API symbol(s) hydra-tf needs: " + list +
             ". Is it a TensorFlow 2.x C library (libtensorflow.so.2 or libtensorflow_cc.so.2)?";
    delete api;
    dlclose(handle);
    return nullptr;
  }
  g_api = api;
  g_path = path;
  return g_api;
}

const TfApi* LoadedTfApi() {
  std::lock_guard<std::mutex> lock(g_load_mutex);
  return g_api;
}

std::string LoadedTfApiPath() {
  std::lock_guard<std::mutex> lock(g_load_mutex);
  return g_path;
}

}  // namespace hydra
