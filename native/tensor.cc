#include "tensor.h"

#include <cstring>
#include <limits>

namespace hydra {
namespace {

const napi_type_tag kTensorTag = {0x6879647261746631ULL, 0x54656e736f720001ULL};
constexpr int kMaxRank = 254;  // TensorShape's limit.

bool IsStringDtype(int64_t dtype) { return dtype == TF_STRING; }

}  // namespace

std::vector<int64_t> ArgShape(const Napi::Value& value, const std::string& what, bool allow_unknown) {
  Napi::Array array = ArgArray(value, what);
  if (array.Length() > kMaxRank)
    ThrowError(value.Env(), TF_INVALID_ARGUMENT,
               what + " has rank " + std::to_string(array.Length()) + "; TensorFlow allows at most 254");
  std::vector<int64_t> dims(array.Length());
  for (uint32_t i = 0; i < array.Length(); i++) {
    int64_t dim = ArgInt(array.Get(i), what + "[" + std::to_string(i) + "]");
    if (dim < 0 && !(allow_unknown && dim == -1))
      ThrowError(value.Env(), TF_INVALID_ARGUMENT,
                 what + "[" + std::to_string(i) + "] = " + std::to_string(dim) +
                     (allow_unknown ? " must be >= 0, or -1 for unknown" : " must be >= 0"));
    dims[i] = dim;
  }
  return dims;
}

void Tensor::Init(Napi::Env env, Napi::Object exports) {
  Napi::Function constructor = DefineClass(
      env, "Tensor",
      {
          InstanceAccessor<&Tensor::GetDtype>("dtype"),
          InstanceAccessor<&Tensor::GetShape>("shape"),
          InstanceAccessor<&Tensor::GetByteLength>("byteLength"),
          InstanceAccessor<&Tensor::GetDisposed>("disposed"),
          InstanceMethod<&Tensor::Data>("data"),
          InstanceMethod<&Tensor::Strings>("strings"),
          InstanceMethod<&Tensor::Dispose>("dispose"),
      });
  GetAddonData(env).tensor_constructor = Napi::Persistent(constructor);
  exports.Set("Tensor", constructor);
}

Napi::Object Tensor::Wrap(Napi::Env env, TF_Tensor* tensor) {
  auto box = std::make_shared<TensorBox>(Api(env), tensor);
  auto external = Napi::External<std::shared_ptr<TensorBox>>::New(env, &box);
  // The constructor copies the shared_ptr out of the external synchronously.
  return GetAddonData(env).tensor_constructor.New({external});
}

std::shared_ptr<TensorBox> Tensor::FromValue(const Napi::Value& value, const std::string& what) {
  Napi::Env env = value.Env();
  if (!value.IsObject() || !value.As<Napi::Object>().CheckTypeTag(&kTensorTag))
    ThrowError(env, TF_INVALID_ARGUMENT, what + " must be a Tensor");
  Tensor* tensor = Napi::ObjectWrap<Tensor>::Unwrap(value.As<Napi::Object>());
  if (!tensor->box_) ThrowError(env, TF_FAILED_PRECONDITION, what + ": the Tensor has been disposed");
  return tensor->box_;
}

Tensor::Tensor(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Tensor>(info) {
  Napi::Env env = info.Env();
  info.This().As<Napi::Object>().TypeTag(&kTensorTag);
  if (info.Length() == 1 && info[0].IsExternal()) {
    Adopt(env, *info[0].As<Napi::External<std::shared_ptr<TensorBox>>>().Data());
    return;
  }
  int64_t dtype = ArgInt(info[0], "dtype");
  std::vector<int64_t> dims = ArgShape(info[1], "shape", false);
  if (IsStringDtype(dtype)) {
    CreateFromStrings(env, dims, info[2]);
  } else {
    CreateFromBytes(env, dtype, dims, info[2]);
  }
}

Tensor::~Tensor() {
  // Finalizer: the memory hint goes back to V8 with the object.
  if (external_bytes_ != 0) Napi::MemoryManagement::AdjustExternalMemory(Env(), -external_bytes_);
}

void Tensor::Adopt(Napi::Env env, std::shared_ptr<TensorBox> box) {
  box_ = std::move(box);
  external_bytes_ = static_cast<int64_t>(Api(env).TF_TensorByteSize(box_->get()));
  // Tell V8 about the native memory so that garbage collection keeps up with
  // loops that create many tensors without disposing them.
  if (external_bytes_ != 0) Napi::MemoryManagement::AdjustExternalMemory(env, external_bytes_);
}

void Tensor::CreateFromBytes(Napi::Env env, int64_t dtype, const std::vector<int64_t>& dims,
                             const Napi::Value& data) {
  const TfApi& api = Api(env);
  if (dtype < 1 || dtype > 23)
    ThrowError(env, TF_INVALID_ARGUMENT, "unknown dtype " + std::to_string(dtype));
  size_t element_size = api.TF_DataTypeSize(static_cast<TF_DataType>(dtype));
  if (element_size == 0)
    ThrowError(env, TF_INVALID_ARGUMENT,
               "tensors of dtype " + std::to_string(dtype) + " (resource or variant) cannot be made from JS");
  uint64_t count = 1;
  for (int64_t dim : dims) {
    if (dim != 0 && count > std::numeric_limits<uint64_t>::max() / static_cast<uint64_t>(dim) / element_size)
      ThrowError(env, TF_INVALID_ARGUMENT, "shape is too large");
    count *= static_cast<uint64_t>(dim);
  }
  uint64_t expected = count * element_size;
  auto [bytes, length] = ArgBytes(data, "data");
  if (length != expected)
    ThrowError(env, TF_INVALID_ARGUMENT,
               "data has " + std::to_string(length) + " bytes but shape and dtype need " +
                   std::to_string(expected) + " (" + std::to_string(count) + " elements of " +
                   std::to_string(element_size) + " bytes)");
  TF_Tensor* tensor = api.TF_AllocateTensor(static_cast<TF_DataType>(dtype), dims.data(),
                                            static_cast<int>(dims.size()), static_cast<size_t>(expected));
  if (tensor == nullptr) ThrowError(env, TF_RESOURCE_EXHAUSTED, "cannot allocate tensor");
  auto* target = static_cast<uint8_t*>(api.TF_TensorData(tensor));
  if (expected != 0) {
    if (dtype == TF_BOOL) {
      // A C++ bool must hold 0 or 1; any other byte is undefined behaviour in kernels.
      for (uint64_t i = 0; i < expected; i++) target[i] = bytes[i] != 0 ? 1 : 0;
    } else {
      std::memcpy(target, bytes, static_cast<size_t>(expected));
    }
  }
  Adopt(env, std::make_shared<TensorBox>(api, tensor));
}

void Tensor::CreateFromStrings(Napi::Env env, const std::vector<int64_t>& dims, const Napi::Value& data) {
  const TfApi& api = Api(env);
  Napi::Array items = ArgArray(data, "string tensor data");
  uint64_t count = 1;
  for (int64_t dim : dims) count *= static_cast<uint64_t>(dim);
  if (count != items.Length())
    ThrowError(env, TF_INVALID_ARGUMENT,
               "string tensor has " + std::to_string(items.Length()) + " elements but its shape needs " +
                   std::to_string(count));
  // Read every element before allocating so a bad element leaks nothing.
  std::vector<std::string> values(items.Length());
  for (uint32_t i = 0; i < items.Length(); i++) {
    Napi::Value item = items.Get(i);
    if (item.IsString()) {
      values[i] = item.As<Napi::String>().Utf8Value();
    } else if (IsBytes(item)) {
      auto [bytes, length] = ArgBytes(item, "string element");
      values[i].assign(reinterpret_cast<const char*>(bytes), length);
    } else {
      ThrowError(env, TF_INVALID_ARGUMENT,
                 "string tensor element " + std::to_string(i) + " must be a string or bytes");
    }
  }
  TF_Tensor* tensor = api.TF_AllocateTensor(TF_STRING, dims.data(), static_cast<int>(dims.size()),
                                            static_cast<size_t>(count * sizeof(TF_TString)));
  if (tensor == nullptr) ThrowError(env, TF_RESOURCE_EXHAUSTED, "cannot allocate tensor");
  auto* strings = static_cast<TF_TString*>(api.TF_TensorData(tensor));
  for (uint64_t i = 0; i < count; i++) {
    api.TF_StringInit(&strings[i]);
    api.TF_StringCopy(&strings[i], values[i].data(), values[i].size());
  }
  Adopt(env, std::make_shared<TensorBox>(api, tensor));
}

TF_Tensor* Tensor::Live(Napi::Env env) const {
  if (!box_) ThrowError(env, TF_FAILED_PRECONDITION, "the Tensor has been disposed");
  return box_->get();
}

void Tensor::Release(Napi::Env env) {
  box_.reset();
  if (external_bytes_ != 0) {
    Napi::MemoryManagement::AdjustExternalMemory(env, -external_bytes_);
    external_bytes_ = 0;
  }
}

Napi::Value Tensor::GetDtype(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), Api(info.Env()).TF_TensorType(Live(info.Env())));
}

Napi::Value Tensor::GetShape(const Napi::CallbackInfo& info) {
  const TfApi& api = Api(info.Env());
  TF_Tensor* tensor = Live(info.Env());
  int rank = api.TF_NumDims(tensor);
  Napi::Array shape = Napi::Array::New(info.Env(), rank);
  for (int i = 0; i < rank; i++)
    shape.Set(static_cast<uint32_t>(i), Napi::Number::New(info.Env(), static_cast<double>(api.TF_Dim(tensor, i))));
  return shape;
}

Napi::Value Tensor::GetByteLength(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(),
                           static_cast<double>(Api(info.Env()).TF_TensorByteSize(Live(info.Env()))));
}

Napi::Value Tensor::GetDisposed(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), !box_);
}

Napi::Value Tensor::Data(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  TF_Tensor* tensor = Live(env);
  TF_DataType dtype = api.TF_TensorType(tensor);
  if (dtype == TF_STRING) ThrowError(env, TF_INVALID_ARGUMENT, "a string tensor is read with strings()");
  if (api.TF_DataTypeSize(dtype) == 0)
    ThrowError(env, TF_INVALID_ARGUMENT,
               "a tensor of dtype " + std::to_string(dtype) + " (resource or variant) has no readable data");
  size_t length = api.TF_TensorByteSize(tensor);
  // A fresh ArrayBuffer (not a pooled Buffer) so any typed-array view is aligned.
  Napi::ArrayBuffer buffer = Napi::ArrayBuffer::New(env, length);
  if (length != 0) std::memcpy(buffer.Data(), api.TF_TensorData(tensor), length);
  return buffer;
}

Napi::Value Tensor::Strings(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  TF_Tensor* tensor = Live(env);
  if (api.TF_TensorType(tensor) != TF_STRING)
    ThrowError(env, TF_INVALID_ARGUMENT, "strings() needs a string tensor; use data()");
  int64_t count = api.TF_TensorElementCount(tensor);
  auto* strings = static_cast<const TF_TString*>(api.TF_TensorData(tensor));
  Napi::Array result = Napi::Array::New(env, static_cast<size_t>(count));
  for (int64_t i = 0; i < count; i++) {
    const char* data = api.TF_StringGetDataPointer(&strings[i]);
    size_t size = api.TF_StringGetSize(&strings[i]);
    result.Set(static_cast<uint32_t>(i),
               Napi::Buffer<uint8_t>::Copy(env, reinterpret_cast<const uint8_t*>(data), size));
  }
  return result;
}

Napi::Value Tensor::Dispose(const Napi::CallbackInfo& info) {
  Release(info.Env());
  return info.Env().Undefined();
}

}  // namespace hydra
