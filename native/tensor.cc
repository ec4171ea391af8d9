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
  // TensorShape CHECKs (aborts the process) when a running product of known dimensions leaves
  // int64, even if a later dimension is 0; a partial shape stops checking at its first -1.
  int64_t product = 1;
  for (size_t i = 0; i < dims.size() && dims[i] >= 0; i++) {
    if (dims[i] != 0 && product > std::numeric_limits<int64_t>::max() / dims[i])
      ThrowError(value.Env(), TF_INVALID_ARGUMENT,
                 what + ": the product of dimensions 0.." + std::to_string(i) +
                     " exceeds 2^63 - 1, the most elements TensorFlow allows");
    product *= dims[i];
  }
  return dims;
}

void Tensor::Init(Napi::Env env, Napi::Object exports) {
  const napi_property_descriptor properties[] = {
      CheckedProperty<Tensor, &Tensor::GetDtype, &kTensorTag>("Tensor", "dtype", true),
      CheckedProperty<Tensor, &Tensor::GetShape, &kTensorTag>("Tensor", "shape", true),
      CheckedProperty<Tensor, &Tensor::GetByteLength, &kTensorTag>("Tensor", "byteLength", true),
      CheckedProperty<Tensor, &Tensor::GetDisposed, &kTensorTag>("Tensor", "disposed", true),
      CheckedProperty<Tensor, &Tensor::Data, &kTensorTag>("Tensor", "data"),
      CheckedProperty<Tensor, &Tensor::Strings, &kTensorTag>("Tensor", "strings"),
      CheckedProperty<Tensor, &Tensor::Dispose, &kTensorTag>("Tensor", "dispose"),
  };
  napi_value constructor;
  napi_status status = napi_define_class(env, "Tensor", NAPI_AUTO_LENGTH, Construct, nullptr,
                                         sizeof(properties) / sizeof(properties[0]), properties, &constructor);
  NAPI_THROW_IF_FAILED_VOID(env, status);
  GetAddonData(env).tensor_constructor = Napi::Persistent(Napi::Function(env, constructor));
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
  void* native = nullptr;
  if (!value.IsObject() || !value.As<Napi::Object>().CheckTypeTag(&kTensorTag) ||
      napi_unwrap(env, value, &native) != napi_ok || native == nullptr)
    ThrowError(env, TF_INVALID_ARGUMENT, what + " must be a Tensor");
  auto* tensor = static_cast<Tensor*>(native);
  if (!tensor->box_) ThrowError(env, TF_FAILED_PRECONDITION, what + ": the Tensor has been disposed");
  return tensor->box_;
}

// new Tensor(dtype, shape, data) or, from Wrap, new Tensor(External<shared_ptr<TensorBox>>).
napi_value Tensor::Construct(napi_env raw_env, napi_callback_info raw) {
  return GuardJs(raw_env, [&]() -> napi_value {
    Napi::CallbackInfo info(raw_env, raw);
    Napi::Env env = info.Env();
    if (info.NewTarget().IsEmpty())
      throw Napi::TypeError::New(env, "Class constructor Tensor cannot be invoked without 'new'");
    std::unique_ptr<Tensor> tensor(new Tensor());
    if (info.Length() == 1 && info[0].IsExternal()) {
      tensor->Adopt(env, *info[0].As<Napi::External<std::shared_ptr<TensorBox>>>().Data());
    } else {
      int64_t dtype = ArgInt(info[0], "dtype");
      std::vector<int64_t> dims = ArgShape(info[1], "shape", false);
      if (IsStringDtype(dtype)) {
        tensor->CreateFromStrings(env, dims, info[2]);
      } else {
        tensor->CreateFromBytes(env, dtype, dims, info[2]);
      }
    }
    Napi::Object self = info.This().As<Napi::Object>();
    if (napi_wrap(env, self, tensor.get(), Finalize, nullptr, nullptr) != napi_ok) {
      tensor->Release(env);
      throw Napi::Error::New(env);
    }
    tensor.release();
    // Tagged last: only a fully made Tensor carries the tag.
    self.TypeTag(&kTensorTag);
    return self;
  });
}

void Tensor::Finalize(node_api_basic_env env, void* data, void* hint) {
  auto* tensor = static_cast<Tensor*>(data);
  if (tensor->external_bytes_ != 0) {
    int64_t adjusted = 0;
    napi_adjust_external_memory(env, -tensor->external_bytes_, &adjusted);
  }
  delete tensor;  // TF_DeleteTensor through the box, unless a run in flight still holds it
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
