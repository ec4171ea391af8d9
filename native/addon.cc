#include "addon.h"

#include <dlfcn.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <limits>
#include <thread>

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

std::shared_ptr<JobThreads> JobThreads::Create(Napi::Env env) {
  std::shared_ptr<JobThreads> threads(new JobThreads());
  napi_status status = napi_create_threadsafe_function(
      env, nullptr, nullptr, Napi::String::New(env, "hydra-tf:job"), 0, 1, nullptr, nullptr,
      threads.get(), CallJs, &threads->tsfn_);
  NAPI_THROW_IF_FAILED(env, status, nullptr);
  // Only pending jobs keep the process alive.
  napi_unref_threadsafe_function(env, threads->tsfn_);
  return threads;
}

void JobThreads::Submit(Napi::Env env, std::unique_ptr<Job> job) {
  if (pending_++ == 0) napi_ref_threadsafe_function(env, tsfn_);
  std::lock_guard<std::mutex> lock(mutex_);
  queue_.push_back(std::move(job));
  // Every queued job needs an idle thread of its own: one queued behind a blocked run would wait for it.
  if (static_cast<size_t>(idle_) >= queue_.size()) {
    work_.notify_one();
  } else if (threads_ < kMaxThreads) {
    threads_++;
    idle_++;  // counted idle until it takes its job
    std::thread([self = shared_from_this()] { self->Loop(); }).detach();
  }
}

void JobThreads::Loop() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    if (queue_.empty()) {
      bool woken = work_.wait_for(lock, kIdleTime, [this] { return !queue_.empty() || draining_; });
      if (!woken || (queue_.empty() && draining_)) break;
    }
    std::unique_ptr<Job> job = std::move(queue_.front());
    queue_.pop_front();
    idle_--;
    running_++;
    lock.unlock();
    job->Execute();
    lock.lock();
    running_--;
    idle_++;
    // Under the lock: Drain stops calls before the environment frees the function.
    if (!draining_ && napi_call_threadsafe_function(tsfn_, job.get(), napi_tsfn_nonblocking) == napi_ok)
      job.release();
    ended_.notify_all();
  }
  idle_--;
  threads_--;
  ended_.notify_all();
}

void JobThreads::CallJs(napi_env env, napi_value, void* context, void* data) {
  std::unique_ptr<Job> job(static_cast<Job*>(data));
  if (env == nullptr) return;  // the environment is going away: just free the job
  auto* self = static_cast<JobThreads*>(context);
  Napi::Env napi_env(env);
  {
    Napi::HandleScope scope(napi_env);
    try {
      job->Complete(napi_env);
    } catch (const Napi::Error& error) {
      error.ThrowAsJavaScriptException();
    }
  }
  job.reset();
  if (--self->pending_ == 0) napi_unref_threadsafe_function(env, self->tsfn_);
}

void JobThreads::DropQueued() {
  std::deque<std::unique_ptr<Job>> dropped;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    draining_ = true;
    dropped.swap(queue_);
    work_.notify_all();
  }
  // Destroyed outside the lock: a run's baton unregisters from its session.
}

bool JobThreads::Drain(std::chrono::steady_clock::time_point deadline) {
  DropQueued();
  std::unique_lock<std::mutex> lock(mutex_);
  return ended_.wait_until(lock, deadline, [this] { return running_ == 0; });
}

const char* MethodLabel(const char* class_name, const char* method_name) {
  // A deque never moves its elements, so the returned pointers stay valid.
  static std::mutex mutex;
  static std::deque<std::string> labels;
  std::string label = std::string(class_name) + ".prototype." + method_name;
  std::lock_guard<std::mutex> lock(mutex);
  for (const auto& existing : labels)
    if (existing == label) return existing.c_str();
  labels.push_back(label);
  return labels.back().c_str();
}

AddonData& GetAddonData(Napi::Env env) { return *env.GetInstanceData<AddonData>(); }

const TfApi& Api(Napi::Env env) {
  const TfApi* api = LoadedTfApi();
  if (api == nullptr)
    ThrowError(env, TF_FAILED_PRECONDITION,
               "libtensorflow is not loaded: call load(libraryPath) first");
  return *api;
}

const char* CodeName(int code) {
  switch (code) {
    case 0: return "OK";
    case 1: return "CANCELLED";
    case 2: return "UNKNOWN";
    case 3: return "INVALID_ARGUMENT";
    case 4: return "DEADLINE_EXCEEDED";
    case 5: return "NOT_FOUND";
    case 6: return "ALREADY_EXISTS";
    case 7: return "PERMISSION_DENIED";
    case 8: return "RESOURCE_EXHAUSTED";
    case 9: return "FAILED_PRECONDITION";
    case 10: return "ABORTED";
    case 11: return "OUT_OF_RANGE";
    case 12: return "UNIMPLEMENTED";
    case 13: return "INTERNAL";
    case 14: return "UNAVAILABLE";
    case 15: return "DATA_LOSS";
    case 16: return "UNAUTHENTICATED";
    default: return "UNKNOWN";
  }
}

Napi::Error MakeError(Napi::Env env, int code, const std::string& message) {
  AddonData& data = GetAddonData(env);
  if (!data.error_factory.IsEmpty()) {
    Napi::Value error = data.error_factory.Call(
        {Napi::String::New(env, CodeName(code)), Napi::String::New(env, message)});
    if (error.IsObject()) return Napi::Error(env, error);
  }
  Napi::Error error = Napi::Error::New(env, message);
  error.Set("code", Napi::String::New(env, CodeName(code)));
  return error;
}

void ThrowError(Napi::Env env, int code, const std::string& message) {
  throw MakeError(env, code, message);
}

void Status::ThrowIfError(Napi::Env env, const std::string& context) const {
  if (ok()) return;
  ThrowError(env, code(), context.empty() ? message() : context + ": " + message());
}

std::string ArgString(const Napi::Value& value, const std::string& what) {
  if (!value.IsString())
    ThrowError(value.Env(), TF_INVALID_ARGUMENT, what + " must be a string");
  return value.As<Napi::String>().Utf8Value();
}

int64_t ArgInt(const Napi::Value& value, const std::string& what) {
  if (value.IsBigInt()) {
    bool lossless = false;
    int64_t result = value.As<Napi::BigInt>().Int64Value(&lossless);
    if (!lossless)
      ThrowError(value.Env(), TF_INVALID_ARGUMENT, what + " does not fit in int64");
    return result;
  }
  if (!value.IsNumber())
    ThrowError(value.Env(), TF_INVALID_ARGUMENT, what + " must be an integer");
  double number = value.As<Napi::Number>().DoubleValue();
  if (!std::isfinite(number) || std::trunc(number) != number ||
      std::fabs(number) > 9007199254740991.0)
    ThrowError(value.Env(), TF_INVALID_ARGUMENT,
               what + " must be an integer (a safe integer or a BigInt), got " +
                   value.ToString().Utf8Value());
  return static_cast<int64_t>(number);
}

double ArgNumber(const Napi::Value& value, const std::string& what) {
  if (!value.IsNumber())
    ThrowError(value.Env(), TF_INVALID_ARGUMENT, what + " must be a number");
  return value.As<Napi::Number>().DoubleValue();
}

Napi::Array ArgArray(const Napi::Value& value, const std::string& what) {
  if (!value.IsArray()) ThrowError(value.Env(), TF_INVALID_ARGUMENT, what + " must be an array");
  return value.As<Napi::Array>();
}

bool IsBytes(const Napi::Value& value) {
  return value.IsTypedArray() || value.IsArrayBuffer() || value.IsDataView() || value.IsBuffer();
}

std::pair<const uint8_t*, size_t> ArgBytes(const Napi::Value& value, const std::string& what) {
  if (value.IsTypedArray()) {
    auto array = value.As<Napi::TypedArray>();
    auto* base = static_cast<const uint8_t*>(array.ArrayBuffer().Data());
    return {base + array.ByteOffset(), array.ByteLength()};
  }
  if (value.IsDataView()) {
    auto view = value.As<Napi::DataView>();
    auto* base = static_cast<const uint8_t*>(view.ArrayBuffer().Data());
    return {base + view.ByteOffset(), view.ByteLength()};
  }
  if (value.IsArrayBuffer()) {
    auto buffer = value.As<Napi::ArrayBuffer>();
    return {static_cast<const uint8_t*>(buffer.Data()), buffer.ByteLength()};
  }
  ThrowError(value.Env(), TF_INVALID_ARGUMENT,
             what + " must be a Buffer, TypedArray, DataView or ArrayBuffer");
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
  TF_Buffer* list = api.TF_GetAllOpList();
  auto result = Napi::Buffer<uint8_t>::Copy(
      info.Env(), static_cast<const uint8_t*>(list->data), list->length);
  api.TF_DeleteBuffer(list);
  return result;
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
