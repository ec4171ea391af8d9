#include "convert.h"

#include <cmath>

#include "addon.h"

namespace hydra {

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

TF_DataType ArgDtype(const Napi::Value& value, const std::string& what) {
  int64_t dtype = ArgInt(value, what);
  if (dtype < 1 || dtype > 23)
    ThrowError(value.Env(), TF_INVALID_ARGUMENT, what + ": unknown dtype " + std::to_string(dtype));
  return static_cast<TF_DataType>(dtype);
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

std::string ArgText(const Napi::Value& value, const std::string& what) {
  if (value.IsString()) return value.As<Napi::String>().Utf8Value();
  if (IsBytes(value)) {
    auto [bytes, length] = ArgBytes(value, what);
    return std::string(reinterpret_cast<const char*>(bytes), length);
  }
  ThrowError(value.Env(), TF_INVALID_ARGUMENT, what + " must be a string or bytes");
}

}  // namespace hydra
