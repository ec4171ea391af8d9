#include "addon.h"

#include <dlfcn.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "graph.h"
#include "server.h"
#include "session.h"
#include "tensor.h"

namespace hydra {

void SessionRegistry::Track(const std::shared_ptr<SessionBox>& session) {
  std::lock_guard<std::mutex> lock(mutex);
  // Drop entries of sessions already gone so the list does not grow without bound.
  std::vector<std::weak_ptr<SessionBox>> alive;
  for (auto& weak : sessions)
    if (!weak.expired()) alive.push_back(weak);
  alive.push_back(session);
  sessions.swap(alive);
}

void SessionRegistry::CloseAll(std::chrono::steady_clock::time_point deadline) {
  std::vector<std::shared_ptr<SessionBox>> open;
  {
    std::lock_guard<std::mutex> lock(mutex);
    for (auto& weak : sessions)
      if (auto session = weak.lock()) open.push_back(session);
    sessions.clear();
  }
  // Cancel them all first, so that their runs end together rather than one after another.
  for (auto& session : open) session->Cancel();
  for (auto& session : open) session->CloseBy(deadline);
}

AddonData& GetAddonData(Napi::Env env) { return *env.GetInstanceData<AddonData>(); }

const TfApi& Api(Napi::Env env) {
  const TfApi* api = LoadedTfApi();
  if (api == nullptr)
    ThrowError(env, TF_FAILED_PRECONDITION,
               "libtensorflow is not loaded: call load(libraryPath) first");
  return *api;
}

namespace {

// TensorFlow's Abort op with exit_without_error calls exit(0) on whatever thread runs it.
// exit() then runs every atexit handler and static destructor (Node's, V8's, libuv's,
// TensorFlow's) on that thread while the JS thread is still running: the process died of
// SIGSEGV instead of exiting 0. An exit from any thread but the main one ends the process
// here, with the status asked for, before those handlers run.
[[maybe_unused]] void ExitFromForeignThread(int status, void*) {
  if (syscall(SYS_gettid) == getpid()) return;  // the main thread: a normal exit
  std::fflush(nullptr);
  _exit(status);
}

Napi::Value Load(const Napi::CallbackInfo& info) {
  std::string path = ArgString(info[0], "libraryPath");
  std::string error;
  if (LoadTfApi(path, &error) == nullptr) ThrowError(info.Env(), TF_NOT_FOUND, error);
  // Registered after libtensorflow is loaded, so that it runs before TensorFlow's static
  // destructors (exit handlers run in reverse order of registration).
#ifdef __GLIBC__
  static std::once_flag registered;
  // on_exit (glibc) hands the handler the exit status, which atexit does not.
  std::call_once(registered, [] { on_exit(ExitFromForeignThread, nullptr); });
#endif
  return Napi::String::New(info.Env(), LoadedTfApiPath());
}

Napi::Value IsLoaded(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), LoadedTfApi() != nullptr);
}

Napi::Value LibraryPath(const Napi::CallbackInfo& info) {
  return Napi::String::New(info.Env(), LoadedTfApiPath());
}

Napi::Value Version(const Napi::CallbackInfo& info) {
  return Napi::String::New(info.Env(), Api(info.Env()).TF_Version());
}

Napi::Value AllOpList(const Napi::CallbackInfo& info) {
  const TfApi& api = Api(info.Env());
  Owned<TF_Buffer, &TfApi::TF_DeleteBuffer> list(api, api.TF_GetAllOpList());
  return Napi::Buffer<uint8_t>::Copy(info.Env(), static_cast<const uint8_t*>(list.get()->data), list.get()->length);
}

Napi::Value DataTypeSize(const Napi::CallbackInfo& info) {
  int64_t dtype = ArgInt(info[0], "dtype");
  if (dtype < 1 || dtype > 23) ThrowError(info.Env(), TF_INVALID_ARGUMENT, "unknown dtype");
  return Napi::Number::New(
      info.Env(), static_cast<double>(Api(info.Env()).TF_DataTypeSize(static_cast<TF_DataType>(dtype))));
}

Napi::Value SetErrorFactory(const Napi::CallbackInfo& info) {
  if (!info[0].IsFunction())
    ThrowError(info.Env(), TF_INVALID_ARGUMENT, "errorFactory must be a function");
  GetAddonData(info.Env()).error_factory = Napi::Persistent(info[0].As<Napi::Function>());
  return info.Env().Undefined();
}

// How long process exit (or a worker's end) waits for cancelled runs to end before
// leaving them behind.
constexpr std::chrono::seconds kExitWait{5};

struct ExitState {
  std::shared_ptr<SessionRegistry> sessions;
  std::shared_ptr<JobThreads> jobs;
};

// When Node tears the environment down (process exit, a worker's end): cancels the runs
// in flight, closes every session and waits for the addon's threads — all bounded by
// kExitWait, so a run that ignores cancellation cannot hang the exit.
void CloseSessionsAtExit(void* arg) {
  std::unique_ptr<ExitState> state(static_cast<ExitState*>(arg));
  auto deadline = std::chrono::steady_clock::now() + kExitWait;
  state->jobs->DropQueued();
  state->sessions->CloseAll(deadline);
  state->jobs->Drain(deadline);
}

}  // namespace

// Node unloads an addon (dlclose) when the last worker thread that loaded it ends. The addon
// leaves code behind that may run later: the exit handler above, and job threads abandoned
// because a run ignored cancellation. Keep the module mapped for the life of the process.
void PinAddon() {
  static std::once_flag pinned;
  std::call_once(pinned, [] {
    Dl_info info;
    if (dladdr(reinterpret_cast<void*>(&PinAddon), &info) != 0 && info.dli_fname != nullptr)
      dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD | RTLD_NODELETE);
  });
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  PinAddon();
  auto* data = new AddonData();
  env.SetInstanceData<AddonData>(data);
  data->sessions = std::make_shared<SessionRegistry>();
  // The thread-safe function first: cleanup hooks run in reverse order, so ours runs
  // while the function is still alive.
  data->jobs = JobThreads::Create(env);
  napi_add_env_cleanup_hook(env, CloseSessionsAtExit, new ExitState{data->sessions, data->jobs});

  exports.Set("load", Napi::Function::New(env, Load, "load"));
  exports.Set("isLoaded", Napi::Function::New(env, IsLoaded, "isLoaded"));
  exports.Set("libraryPath", Napi::Function::New(env, LibraryPath, "libraryPath"));
  exports.Set("version", Napi::Function::New(env, Version, "version"));
  exports.Set("allOpList", Napi::Function::New(env, AllOpList, "allOpList"));
  exports.Set("dataTypeSize", Napi::Function::New(env, DataTypeSize, "dataTypeSize"));
  exports.Set("setErrorFactory", Napi::Function::New(env, SetErrorFactory, "setErrorFactory"));
  Tensor::Init(env, exports);
  Graph::Init(env, exports);
  Session::Init(env, exports);
  Callable::Init(env, exports);
  Server::Init(env, exports);
  return exports;
}

}  // namespace hydra

static Napi::Object InitHydraTf(Napi::Env env, Napi::Object exports) { return hydra::Init(env, exports); }

NODE_API_MODULE(hydra_tf, InitHydraTf)
