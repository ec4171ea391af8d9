// Work done off the JS thread, on the addon's own threads.
#pragma once

#include <napi.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>

namespace hydra {

// Execute on one of the addon's threads (never touches JS), then Complete on the JS thread
// (settles a promise).
class Job {
 public:
  virtual ~Job() = default;
  virtual void Execute() = 0;
  virtual void Complete(Napi::Env env) = 0;
};

// A job that settles a promise: Settle, on the JS thread, returns the value to resolve
// with or throws (a Napi::Error) to reject. Every promise the addon returns for work off
// the JS thread (runs, closes, SavedModel loads) is one of these.
class PromiseJob : public Job {
 public:
  explicit PromiseJob(Napi::Env env) : deferred_(env) {}
  void Complete(Napi::Env env) final;
  Napi::Promise Promise() const { return deferred_.Promise(); }

 protected:
  virtual Napi::Value Settle(Napi::Env env) = 0;

 private:
  Napi::Promise::Deferred deferred_;
};

// Hands `job` to the addon's threads and returns its promise (JS thread only).
Napi::Promise SubmitPromiseJob(Napi::Env env, std::unique_ptr<PromiseJob> job);

// The addon's own threads for jobs, instead of libuv's pool of four: a run blocked in
// TensorFlow (a queue dequeue, a remote call) holds one of these and never a thread that
// fs, dns or other runs need. A thread is started whenever a job finds none idle (up to
// kMaxThreads, past which jobs wait their turn) and ends after kIdleTime without work.
// Results reach the JS thread through one thread-safe function, referenced (keeping the
// event loop alive) only while jobs are pending.
class JobThreads : public std::enable_shared_from_this<JobThreads> {
 public:
  static constexpr int kMaxThreads = 64;
  static constexpr std::chrono::seconds kIdleTime{30};

  static std::shared_ptr<JobThreads> Create(Napi::Env env);
  // JS thread only.
  void Submit(Napi::Env env, std::unique_ptr<Job> job);
  // Environment teardown, first step: no more results go to JS, and jobs not started are
  // dropped (a queued run then no longer holds its session open).
  void DropQueued();
  // Then waits until `deadline` for the jobs running to end. Returns false if some did not
  // (their threads are left to finish alone).
  bool Drain(std::chrono::steady_clock::time_point deadline);

 private:
  JobThreads() = default;
  void Loop();
  static void CallJs(napi_env env, napi_value, void* context, void* data);

  napi_threadsafe_function tsfn_ = nullptr;
  std::mutex mutex_;
  std::condition_variable work_;
  std::condition_variable ended_;
  std::deque<std::unique_ptr<Job>> queue_;
  int threads_ = 0;
  int idle_ = 0;
  int running_ = 0;
  bool draining_ = false;
  size_t pending_ = 0;  // jobs submitted and not completed; JS thread only
};

}  // namespace hydra
