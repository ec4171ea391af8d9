// Session: a TF_Session shared between its JS wrapper and the runs in flight.
// Runs execute TF_SessionRun on the addon's own threads (JobThreads); closing waits
// for them a grace period, then cancels them.
#pragma once

#include <napi.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>

#include "graph.h"
#include "wrap.h"

namespace hydra {

class SessionBox {
 public:
  SessionBox(const TfApi& api, TF_Session* session, std::shared_ptr<GraphBox> graph)
      : api_(api), session_(session), graph_(std::move(graph)) {}
  ~SessionBox();
  SessionBox(const SessionBox&) = delete;
  SessionBox& operator=(const SessionBox&) = delete;

  // Registers a run about to call TF_SessionRun; false if the session is closing.
  bool BeginRun();
  // Ends a run; the last run out closes the session if a close was requested.
  void EndRun();
  // Refuses new runs; closes now if no run is in flight and returns true, else returns false.
  bool RequestClose();
  // Cancels the runs in flight (TF_CloseSession: DirectSession cancels their steps, so a
  // blocked dequeue ends with CANCELLED) and refuses new runs; the session is deleted when
  // the last run ends.
  void Cancel();
  // Refuses new runs, waits up to `grace` for the runs in flight, cancels the rest, waits
  // for them and closes (blocks; for a job thread). A negative grace waits without limit.
  void CloseWithin(std::chrono::milliseconds grace);
  // Exit path: closes if the runs end by `deadline`; otherwise leaves the session (and its
  // TensorFlow threads) alone and returns false.
  bool CloseBy(std::chrono::steady_clock::time_point deadline);
  bool closing();

  TF_Session* get() const { return session_; }
  TF_Graph* graph() const { return graph_->get(); }
  const TfApi& api() const { return api_; }

 private:
  void CloseLocked();

  const TfApi& api_;
  TF_Session* session_;
  std::shared_ptr<GraphBox> graph_;
  std::mutex mutex_;
  std::condition_variable idle_;
  int running_ = 0;
  bool closing_ = false;
  bool cancelled_ = false;  // TF_CloseSession called
};

// Session options from serialized ConfigProto bytes (may be null/undefined) and a target.
class SessionOptions : public Owned<TF_SessionOptions, &TfApi::TF_DeleteSessionOptions> {
 public:
  SessionOptions(Napi::Env env, const TfApi& api, const Napi::Value& config, const Napi::Value& target);
};

struct RunSpec;
struct RunBaton;
struct BoundFeeds;

// A fixed set of feeds, fetches and targets of one session, resolved once
// (session.makeCallable); each run takes only the fed tensors.
class Callable : public HandleWrap<Callable, SessionBox> {
 public:
  static constexpr napi_type_tag kTag = {0x6879647261746631ULL, 0x43616c6c61620004ULL};
  static constexpr char kClassName[] = "Callable";

  static void Init(Napi::Env env, Napi::Object exports);
  static Napi::Object New(Napi::Env env, std::shared_ptr<SessionBox> box, std::shared_ptr<const RunSpec> spec);

  explicit Callable(const Napi::CallbackInfo& info);

 private:
  // sync: the run ends within this call (its into buffers need no references).
  std::unique_ptr<RunBaton> Prepare(const Napi::CallbackInfo& info, bool sync);
  Napi::Value Run(const Napi::CallbackInfo& info);
  Napi::Value RunSync(const Napi::CallbackInfo& info);
  Napi::Value Bind(const Napi::CallbackInfo& info);
  Napi::Value RunBound(const Napi::CallbackInfo& info);
  Napi::Value Unbind(const Napi::CallbackInfo& info);
  Napi::Value Runner(const Napi::CallbackInfo& info);

  std::shared_ptr<const RunSpec> spec_;
  // Set on the callable bind() returns: its fed tensors and output arrays.
  std::unique_ptr<BoundFeeds> bound_;

 public:
  ~Callable();
  // runBound() of `callable`, for its runner function (no `this`).
  static Napi::Value RunBoundOf(Callable* callable, const Napi::CallbackInfo& info);
};

class Session : public HandleWrap<Session, SessionBox> {
 public:
  static constexpr napi_type_tag kTag = {0x6879647261746631ULL, 0x53657373696f0003ULL};
  static constexpr char kClassName[] = "Session";
  static constexpr Napi::FunctionReference AddonData::*kConstructor = &AddonData::session_constructor;

  static void Init(Napi::Env env, Napi::Object exports);

  explicit Session(const Napi::CallbackInfo& info);

 private:
  std::shared_ptr<SessionBox> Live(Napi::Env env) const;

  Napi::Value Run(const Napi::CallbackInfo& info);
  Napi::Value RunSync(const Napi::CallbackInfo& info);
  Napi::Value MakeCallable(const Napi::CallbackInfo& info);
  Napi::Value ListDevices(const Napi::CallbackInfo& info);  // devices.cc
  Napi::Value Close(const Napi::CallbackInfo& info);
  Napi::Value Dispose(const Napi::CallbackInfo& info);
  Napi::Value GetClosed(const Napi::CallbackInfo& info);

  static Napi::Value LoadSavedModel(const Napi::CallbackInfo& info);  // saved_model.cc
};

}  // namespace hydra
