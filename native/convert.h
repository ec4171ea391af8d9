// Conversions between JS values and what the C API takes or gives: TF_Status into JS errors
// carrying TensorFlow's code names, TF_Buffer into Node buffers, and argument checks that
// refuse a wrong JS value with an error naming it (never a crash).
#pragma once

#include <napi.h>

#include <cstdint>
#include <string>
#include <utility>

#include "owned.h"
#include "tf_api.h"

namespace hydra {

// TensorFlow's name for a status code ("INVALID_ARGUMENT", ...).
const char* CodeName(int code);

// Builds the JS error for a TensorFlow code and message (through the factory lib/core installs).
Napi::Error MakeError(Napi::Env env, int code, const std::string& message);

// Throws MakeError(...) as a C++ exception that node-addon-api turns into a JS throw.
[[noreturn]] void ThrowError(Napi::Env env, int code, const std::string& message);

// RAII TF_Status.
class Status : public Owned<TF_Status, &TfApi::TF_DeleteStatus> {
 public:
  explicit Status(const TfApi& api) : Owned(api, api.TF_NewStatus()) {}
  bool ok() const { return api().TF_GetCode(get()) == TF_OK; }
  int code() const { return static_cast<int>(api().TF_GetCode(get())); }
  std::string message() const { return api().TF_Message(get()); }
  // Throws the JS error for this status when it is not OK; `context` is put in front.
  void ThrowIfError(Napi::Env env, const std::string& context = "") const;
};

// RAII TF_Buffer that TensorFlow fills (TF_NewBuffer) or that we fill from bytes.
class Buffer : public Owned<TF_Buffer, &TfApi::TF_DeleteBuffer> {
 public:
  explicit Buffer(const TfApi& api) : Owned(api, api.TF_NewBuffer()) {}
  Buffer(const TfApi& api, const void* data, size_t length) : Owned(api, api.TF_NewBufferFromString(data, length)) {}
  Napi::Buffer<uint8_t> ToNode(Napi::Env env) const {
    return Napi::Buffer<uint8_t>::Copy(env, static_cast<const uint8_t*>(get()->data), get()->length);
  }
  std::string ToString() const { return std::string(static_cast<const char*>(get()->data), get()->length); }
};

// Argument helpers: each throws an INVALID_ARGUMENT error naming `what`.
std::string ArgString(const Napi::Value& value, const std::string& what);
int64_t ArgInt(const Napi::Value& value, const std::string& what);
double ArgNumber(const Napi::Value& value, const std::string& what);
Napi::Array ArgArray(const Napi::Value& value, const std::string& what);
// A dtype enum value TensorFlow knows (1..23).
TF_DataType ArgDtype(const Napi::Value& value, const std::string& what);
// Bytes of a Buffer, TypedArray, DataView or ArrayBuffer (not copied).
std::pair<const uint8_t*, size_t> ArgBytes(const Napi::Value& value, const std::string& what);
bool IsBytes(const Napi::Value& value);
// A string, or bytes taken as a string (copied).
std::string ArgText(const Napi::Value& value, const std::string& what);
// True when `value` is null or undefined (an optional argument left out).
inline bool IsAbsent(const Napi::Value& value) { return value.IsUndefined() || value.IsNull(); }

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

}  // namespace hydra
