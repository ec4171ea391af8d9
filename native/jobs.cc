#include "jobs.h"

#include <thread>

#include "addon.h"

namespace hydra {

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

void PromiseJob::Complete(Napi::Env env) {
  try {
    deferred_.Resolve(Settle(env));
  } catch (const Napi::Error& error) {
    deferred_.Reject(error.Value());
  }
}

Napi::Promise SubmitPromiseJob(Napi::Env env, std::unique_ptr<PromiseJob> job) {
  Napi::Promise promise = job->Promise();
  GetAddonData(env).jobs->Submit(env, std::move(job));
  return promise;
}

}  // namespace hydra
