// Shared pieces of the addon: per-instance data, the loaded TensorFlow table,
// errors that carry TensorFlow's code names, and small argument helpers.
#pragma once

#include <napi.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "tf_api.h"

namespace hydra {

class SessionBox;
class JobThreads;

// Per addon instance (one per Node environment, so worker_threads each get one).
struct AddonData {
  Napi::FunctionReference tensor_constructor;
  Napi::FunctionReference graph_constructor;
  Napi::FunctionReference session_constructor;
  Napi::FunctionReference callable_constructor;
  // A JS function (code name, message) -> Error, installed by lib/core so that
  // native errors are instances of the TypeScript error classes.
  Napi::FunctionReference error_factory;
  // Sessions still open, closed (their runs cancelled) when the environment is
  // torn down. Shared with the env cleanup hook, which may run after this struct is gone.
  std::shared_ptr<struct SessionRegistry> sessions;
  // The threads session runs, closes and SavedModel loads execute on.
  std::shared_ptr<JobThreads> jobs;
};

struct SessionRegistry {
  std::mutex mutex;
  std::vector<std::weak_ptr<SessionBox>> sessions;
  void Track(const std::shared_ptr<SessionBox>& session);
  // Cancels every open session's runs and closes it; gives up on (and leaks) a session whose
  // runs have not ended by `deadline`, so that process exit never waits forever.
  void CloseAll(std::chrono::steady_clock::time_point deadline);
};

// Work done off the JS thread: Execute on one of the addon's threads (never touches JS),
// then Complete on the JS thread (settles a promise).
class Job {
 public:
  virtual ~Job() = default;
  virtual void Execute() = 0;
  virtual void Complete(Napi::Env env) = 0;
};

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

AddonData& GetAddonData(Napi::Env env);

// The TensorFlow table; throws a FAILED_PRECONDITION error if not loaded yet.
const TfApi& Api(Napi::Env env);

// TensorFlow's name for a status code ("INVALID_ARGUMENT", ...).
const char* CodeName(int code);

// Builds the JS error for a TensorFlow code and message (through the factory).
Napi::Error MakeError(Napi::Env env, int code, const std::string& message);

// Throws MakeError(...) as a C++ exception that node-addon-api turns into a JS throw.
[[noreturn]] void ThrowError(Napi::Env env, int code, const std::string& message);

// RAII TF_Status.
class Status {
 public:
  explicit Status(const TfApi& api) : api_(api), status_(api.TF_NewStatus()) {}
  ~Status() { api_.TF_DeleteStatus(status_); }
  Status(const Status&) = delete;
  Status& operator=(const Status&) = delete;
  TF_Status* get() const { return status_; }
  bool ok() const { return api_.TF_GetCode(status_) == TF_OK; }
  int code() const { return static_cast<int>(api_.TF_GetCode(status_)); }
  std::string message() const { return api_.TF_Message(status_); }
  // Throws the JS error for this status when it is not OK; `context` is put in front.
  void ThrowIfError(Napi::Env env, const std::string& context = "") const;

 private:
  const TfApi& api_;
  TF_Status* status_;
};

// RAII TF_Buffer that TensorFlow fills (TF_NewBuffer) or that we fill from bytes.
class Buffer {
 public:
  explicit Buffer(const TfApi& api) : api_(api), buffer_(api.TF_NewBuffer()) {}
  Buffer(const TfApi& api, const void* data, size_t length)
      : api_(api), buffer_(api.TF_NewBufferFromString(data, length)) {}
  ~Buffer() { api_.TF_DeleteBuffer(buffer_); }
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;
  TF_Buffer* get() const { return buffer_; }
  Napi::Buffer<uint8_t> ToNode(Napi::Env env) const {
    return Napi::Buffer<uint8_t>::Copy(env, static_cast<const uint8_t*>(buffer_->data),
                                       buffer_->length);
  }

 private:
  const TfApi& api_;
  TF_Buffer* buffer_;
};

// Argument helpers: each throws an INVALID_ARGUMENT error naming `what`.
std::string ArgString(const Napi::Value& value, const std::string& what);
int64_t ArgInt(const Napi::Value& value, const std::string& what);
double ArgNumber(const Napi::Value& value, const std::string& what);
Napi::Array ArgArray(const Napi::Value& value, const std::string& what);
// Bytes of a Buffer, TypedArray, DataView or ArrayBuffer (not copied).
std::pair<const uint8_t*, size_t> ArgBytes(const Napi::Value& value, const std::string& what);
bool IsBytes(const Napi::Value& value);

// ---- Methods that check `this` ------------------------------------------------------
// A native method reached through the prototype can be called with any `this`
// (`Tensor.prototype.data.call(session)`); unwrapping that as the wrong class would read
// another object's memory. Every method and accessor therefore goes through
// CheckedCall, which unwraps only an object carrying the class's type tag and
// throws a TypeError otherwise.

// "Tensor.prototype.data" for error messages; the string lives as long as the process.
const char* MethodLabel(const char* class_name, const char* method_name);

// Runs `body` (which may throw Napi::Error) and turns a C++ exception into a JS throw.
template <typename Body>
napi_value GuardJs(napi_env env, Body&& body) {
  try {
    return body();
  } catch (const Napi::Error& error) {
    error.ThrowAsJavaScriptException();
  } catch (const std::bad_alloc&) {
    Napi::Error::New(env, "out of memory").ThrowAsJavaScriptException();
  } catch (const std::exception& error) {
    Napi::Error::New(env, error.what()).ThrowAsJavaScriptException();
  }
  return nullptr;
}

// The native object behind `this` if it carries `tag`, else throws a TypeError naming the method.
template <typename T>
T* CheckedThis(const Napi::CallbackInfo& info, const napi_type_tag* tag) {
  Napi::Env env = info.Env();
  Napi::Value self = info.This();
  const char* label = static_cast<const char*>(info.Data());
  bool tagged = false;
  if (self.IsObject()) napi_check_object_type_tag(env, self, tag, &tagged);
  void* native = nullptr;
  if (tagged && napi_unwrap(env, self, &native) != napi_ok) native = nullptr;
  if (native == nullptr) {
    std::string name = label;
    std::string class_name = name.substr(0, name.find('.'));
    throw Napi::TypeError::New(env, std::string(label) + " called on a value that is not a " + class_name);
  }
  return static_cast<T*>(native);
}

template <typename T, Napi::Value (T::*Method)(const Napi::CallbackInfo&), const napi_type_tag* Tag>
napi_value CheckedCall(napi_env env, napi_callback_info raw) {
  return GuardJs(env, [&]() -> napi_value {
    Napi::CallbackInfo info(env, raw);
    T* self = CheckedThis<T>(info, Tag);
    return (self->*Method)(info);
  });
}

// A prototype method (`getter` false) or read-only accessor (`getter` true) whose `this` is checked.
template <typename T, Napi::Value (T::*Method)(const Napi::CallbackInfo&), const napi_type_tag* Tag>
napi_property_descriptor CheckedProperty(const char* class_name, const char* name, bool getter = false) {
  napi_property_descriptor descriptor = {};
  descriptor.utf8name = name;
  if (getter) {
    descriptor.getter = &CheckedCall<T, Method, Tag>;
  } else {
    descriptor.method = &CheckedCall<T, Method, Tag>;
  }
  descriptor.data = const_cast<char*>(MethodLabel(class_name, name));
  return descriptor;
}

}  // namespace hydra
