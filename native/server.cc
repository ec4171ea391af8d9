#include "server.h"

#include <thread>

namespace hydra {

namespace {

const char* kNoShutdown =
    "TensorFlow's gRPC server cannot shut down once started (TF_ServerStop: clean shutdown is not "
    "implemented); it serves until the process exits";

// One TF_ServerJoin on a thread of its own (it may block until the process ends, so it
// must not hold one of the addon's job threads, whose exit drain would wait for it).
// Its result reaches JS through a thread-safe function of its own, referenced while the
// join is pending: like Python's server.join(), a pending join keeps the process alive.
// A PromiseJob run outside JobThreads: Start, then Execute on its thread, Complete on JS's.
class JoinCall : public PromiseJob {
 public:
  JoinCall(Napi::Env env, std::shared_ptr<ServerBox> server) : PromiseJob(env), box_(std::move(server)) {}

  // Starts the join's thread; on failure the call is deleted and the error thrown.
  static void Start(Napi::Env env, std::unique_ptr<JoinCall> call) {
    napi_status made = napi_create_threadsafe_function(
        env, nullptr, nullptr, Napi::String::New(env, "hydra-tf:server-join"), 0, 1, nullptr, nullptr,
        nullptr, CallJs, &call->tsfn_);
    NAPI_THROW_IF_FAILED_VOID(env, made);
    {
      std::lock_guard<std::mutex> lock(call->box_->mutex);
      // Joining a server that never started makes TensorFlow refuse a later start.
      if (!call->box_->started) call->box_->stopped = true;
      call->box_->joins++;
    }
    std::thread([raw = call.release()] { raw->Run(); }).detach();
  }

  void Execute() override {
    const TfApi& api = box_->api();
    Status status(api);
    api.TF_ServerJoin(box_->get(), status.get());
    code_ = status.code();
    if (code_ != TF_OK) message_ = status.message();
    std::lock_guard<std::mutex> lock(box_->mutex);
    box_->joins--;
  }

 protected:
  Napi::Value Settle(Napi::Env env) override {
    if (code_ != TF_OK) ThrowError(env, code_, "Server.join: " + message_);
    return env.Undefined();
  }

 private:
  void Run() {
    Execute();
    napi_threadsafe_function fn = tsfn_;
    if (napi_call_threadsafe_function(fn, this, napi_tsfn_blocking) != napi_ok) {
      // The environment is going away: nobody is left to settle.
      napi_release_threadsafe_function(fn, napi_tsfn_release);
      delete this;
    }
  }

  static void CallJs(napi_env env, napi_value, void*, void* data) {
    std::unique_ptr<JoinCall> call(static_cast<JoinCall*>(data));
    if (env == nullptr) return;
    Napi::Env napi_env(env);
    {
      Napi::HandleScope scope(napi_env);
      call->Complete(napi_env);
    }
    napi_release_threadsafe_function(call->tsfn_, napi_tsfn_release);
  }

  std::shared_ptr<ServerBox> box_;
  napi_threadsafe_function tsfn_ = nullptr;
  int code_ = TF_OK;
  std::string message_;
};

}  // namespace

ServerBox::~ServerBox() {
  if (!started) api_.TF_DeleteServer(server_);
  // A started server is left to serve until the process exits (see server.h).
}

void Server::Init(Napi::Env env, Napi::Object exports) {
  Napi::Function constructor = DefineClass(
      env, "Server",
      {
          Checked<&Server::Start>("start"),
          Checked<&Server::Stop>("stop"),
          Checked<&Server::Join>("join"),
          Checked<&Server::GetTarget>("target", true),
          Checked<&Server::GetStarted>("started", true),
          // dispose(): drops this object's hold on the server; a server never started is deleted
          // (once no join uses it), a started one keeps serving until the process exits.
          Checked<&Server::Dispose>("dispose"),
          Checked<&Server::GetDisposed>("disposed", true),
      });
  exports.Set("Server", constructor);
}

Server::Server(const Napi::CallbackInfo& info) : HandleWrap(info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  auto [bytes, length] = ArgBytes(info[0], "serverDef (serialized ServerDef)");
  Status status(api);
  TF_Server* server = api.TF_NewServer(bytes, length, status.get());
  if (!status.ok()) {
    if (server != nullptr) api.TF_DeleteServer(server);
    status.ThrowIfError(env, "Server");
  }
  if (server == nullptr) ThrowError(env, TF_INTERNAL, "Server: TF_NewServer returned no server");
  box_ = std::make_shared<ServerBox>(api, server);
}

std::shared_ptr<ServerBox> Server::Live(Napi::Env env, const char* method) const {
  if (!box_) ThrowError(env, TF_FAILED_PRECONDITION, std::string("Server.") + method + ": the Server has been disposed");
  return box_;
}

// start(): serves requests from now on. A second start is a no-op (TensorFlow's would wait
// for the lock a pending join holds).
Napi::Value Server::Start(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto box = Live(env, "start");
  std::lock_guard<std::mutex> lock(box->mutex);
  if (box->started) return env.Undefined();
  if (box->stopped) ThrowError(env, TF_FAILED_PRECONDITION, "Server.start: the Server has been stopped (or joined before it started)");
  Status status(box->api());
  box->api().TF_ServerStart(box->get(), status.get());
  status.ThrowIfError(env, "Server.start");
  box->started = true;
  return env.Undefined();
}

// stop(): a server never started stops (and any join resolves); a started one cannot (see server.h).
Napi::Value Server::Stop(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto box = Live(env, "stop");
  std::lock_guard<std::mutex> lock(box->mutex);
  if (box->stopped) return env.Undefined();
  // A pending join of a started server holds TensorFlow's lock for good: asking would hang.
  if (box->started && box->joins > 0) ThrowError(env, TF_UNIMPLEMENTED, std::string("Server.stop: ") + kNoShutdown);
  Status status(box->api());
  box->api().TF_ServerStop(box->get(), status.get());
  if (status.code() == TF_UNIMPLEMENTED) ThrowError(env, TF_UNIMPLEMENTED, std::string("Server.stop: ") + kNoShutdown);
  status.ThrowIfError(env, "Server.stop");
  box->stopped = true;
  return env.Undefined();
}

// join(): a Promise settled when the server has stopped; for a started server that is
// never (it serves until the process exits), without blocking the event loop.
Napi::Value Server::Join(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto box = Live(env, "join");
  auto call = std::make_unique<JoinCall>(env, box);
  Napi::Promise promise = call->Promise();
  JoinCall::Start(env, std::move(call));
  return promise;
}

Napi::Value Server::GetTarget(const Napi::CallbackInfo& info) {
  auto box = Live(info.Env(), "target");
  return Napi::String::New(info.Env(), box->api().TF_ServerTarget(box->get()));
}

Napi::Value Server::GetStarted(const Napi::CallbackInfo& info) {
  if (!box_) return Napi::Boolean::New(info.Env(), false);
  std::lock_guard<std::mutex> lock(box_->mutex);
  return Napi::Boolean::New(info.Env(), box_->started && !box_->stopped);
}

}  // namespace hydra
