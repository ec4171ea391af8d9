// Shared pieces of the addon: per-instance data, the loaded TensorFlow table,
// errors that carry TensorFlow's code names, and small argument helpers.
#pragma once

#include <napi.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "tf_api.h"

namespace hydra {

class SessionBox;

// Per addon instance (one per Node environment, so worker_threads each get one).
struct AddonData {
  Napi::FunctionReference tensor_constructor;
  Napi::FunctionReference graph_constructor;
  Napi::FunctionReference session_constructor;
  Napi::FunctionReference callable_constructor;
  // A JS function (code name, message) -> Error, installed by lib/core so that
  // native errors are instances of the TypeScript error classes.
  Napi::FunctionReference error_factory;
  // Sessions still open, closed (waiting for their runs) when the environment
  // is torn down. Shared with the env cleanup hook, which may run after this
  // struct is gone.
  std::shared_ptr<struct SessionRegistry> sessions;
};

struct SessionRegistry {
  std::mutex mutex;
  std::vector<std::weak_ptr<SessionBox>> sessions;
  void Track(const std::shared_ptr<SessionBox>& session);
  void CloseAll();
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

}  // namespace hydra
