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
      CheckedProperty<Tensor, &Tensor::View, &kTensorTag>("Tensor", "view"),
      CheckedProperty<Tensor, &Tensor::Reshape, &kTensorTag>("Tensor", "reshape"),
  };
  napi_value constructor;
  napi_status status = napi_define_class(env, "Tensor", NAPI_AUTO_LENGTH, Construct, nullptr,
                                         sizeof(properties) / sizeof(properties[0]), properties, &constructor);
  NAPI_THROW_IF_FAILED_VOID(env, status);
  GetAddonData(env).tensor_constructor = Napi::Persistent(Napi::Function(env, constructor));
  exports.Set("Tensor", constructor);
}

Napi::Object Tensor::Wrap(Napi::Env env, TF_Tensor* tensor) {
  return Wrap(env, std::make_shared<TensorBox>(Api(env), tensor));
}

Napi::Object Tensor::Wrap(Napi::Env env, std::shared_ptr<TensorBox> box) {
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

// new Tensor(dtype, shape, data), new Tensor(dtype, shape, null) (zeroed) or, from Wrap,
// new Tensor(External<shared_ptr<TensorBox>>).
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
      if (!IsStringDtype(dtype) && (info[2].IsNull() || info[2].IsUndefined())) {
        tensor->CreateZeroed(env, dtype, dims);
      } else if (IsStringDtype(dtype)) {
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

namespace {

// The bytes a tensor of `dtype` and `dims` holds; throws for dtypes JS cannot fill and for overflow.
uint64_t FixedSizeBytes(Napi::Env env, const TfApi& api, int64_t dtype, const std::vector<int64_t>& dims,
                        uint64_t* count_out, size_t* element_size_out) {
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
  *count_out = count;
  *element_size_out = element_size;
  return count * element_size;
}

}  // namespace

void Tensor::CreateFromBytes(Napi::Env env, int64_t dtype, const std::vector<int64_t>& dims,
                             const Napi::Value& data) {
  const TfApi& api = Api(env);
  uint64_t count = 0;
  size_t element_size = 0;
  uint64_t expected = FixedSizeBytes(env, api, dtype, dims, &count, &element_size);
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
  Adopt(env, std::make_shared<TensorBox>(api, tensor, true));
}

// Zeroed, not left as the allocator found it: JS must never read another tensor's old bytes,
// and a bool byte other than 0/1 is undefined behaviour in kernels.
void Tensor::CreateZeroed(Napi::Env env, int64_t dtype, const std::vector<int64_t>& dims) {
  const TfApi& api = Api(env);
  uint64_t count = 0;
  size_t element_size = 0;
  uint64_t bytes = FixedSizeBytes(env, api, dtype, dims, &count, &element_size);
  TF_Tensor* tensor = api.TF_AllocateTensor(static_cast<TF_DataType>(dtype), dims.data(),
                                            static_cast<int>(dims.size()), static_cast<size_t>(bytes));
  if (tensor == nullptr) ThrowError(env, TF_RESOURCE_EXHAUSTED, "cannot allocate tensor");
  if (bytes != 0) std::memset(api.TF_TensorData(tensor), 0, static_cast<size_t>(bytes));
  Adopt(env, std::make_shared<TensorBox>(api, tensor, true));
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

// dispose(view?): frees the tensor; `view`, the ArrayBuffer view() gave, is detached first
// (its typed arrays become empty) so that JS holding it can no longer reach the memory.
Napi::Value Tensor::Dispose(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (box_ && info.Length() > 0 && info[0].IsArrayBuffer()) {
    Napi::ArrayBuffer view = info[0].As<Napi::ArrayBuffer>();
    // Only a view of this tensor's memory: dispose must not detach an unrelated buffer.
    if (view.ByteLength() != 0 && view.Data() == Api(env).TF_TensorData(box_->get())) {
      bool detached = false;
      if (napi_is_detached_arraybuffer(env, view, &detached) == napi_ok && !detached)
        napi_detach_arraybuffer(env, view);
    }
  }
  if (box_) box_->MarkDisposed();
  Release(env);
  return env.Undefined();
}

namespace {

// The finalizer of a view: drops the view's hold on the tensor (no JS touched).
void ReleaseView(node_api_basic_env, void*, void* hint) { delete static_cast<std::shared_ptr<TensorBox>*>(hint); }

}  // namespace

// view(): an ArrayBuffer over the tensor's own memory (TensorFlow's, 64-byte aligned), writable.
// The view holds the tensor's memory alive by itself, so it never outlives what it points at;
// dispose(view) detaches it. Only tensors made from JS have one: a run's output may share its
// buffer with a variable or a cached constant, which a write would silently change.
Napi::Value Tensor::View(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  TF_Tensor* tensor = Live(env);
  TF_DataType dtype = api.TF_TensorType(tensor);
  if (dtype == TF_STRING || api.TF_DataTypeSize(dtype) == 0)
    ThrowError(env, TF_INVALID_ARGUMENT, "a tensor of dtype " + std::to_string(dtype) + " has no memory view");
  if (!box_->writable())
    ThrowError(env, TF_INVALID_ARGUMENT,
               "a run's output has no writable view (its memory may be shared with the graph); read it with data()");
  size_t length = api.TF_TensorByteSize(tensor);
  if (length == 0) return Napi::ArrayBuffer::New(env, 0);
  auto* hold = new std::shared_ptr<TensorBox>(box_);
  napi_value buffer = nullptr;
  napi_status status = napi_create_external_arraybuffer(env, api.TF_TensorData(tensor), length, ReleaseView, hold, &buffer);
  if (status != napi_ok) {
    delete hold;
    ThrowError(env, TF_UNIMPLEMENTED,
               "this JavaScript runtime refuses ArrayBuffers over native memory (napi status " + std::to_string(status) +
                   "); use Tensor.from with a typed array instead");
  }
  return Napi::Value(env, buffer);
}

// reshape(shape): a tensor of the same elements in another shape, sharing the memory (no copy).
Napi::Value Tensor::Reshape(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  TF_Tensor* tensor = Live(env);
  std::vector<int64_t> dims = ArgShape(info[0], "shape", false);
  TF_DataType dtype = api.TF_TensorType(tensor);
  if (dtype == TF_STRING || api.TF_DataTypeSize(dtype) == 0)
    ThrowError(env, TF_INVALID_ARGUMENT, "reshape needs a tensor of a fixed-size dtype");
  uint64_t count = 1;
  for (int64_t dim : dims) {
    if (dim != 0 && count > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()) / static_cast<uint64_t>(dim))
      ThrowError(env, TF_INVALID_ARGUMENT, "shape is too large");
    count *= static_cast<uint64_t>(dim);
  }
  if (count != static_cast<uint64_t>(api.TF_TensorElementCount(tensor)))
    ThrowError(env, TF_INVALID_ARGUMENT,
               "cannot reshape a tensor of " + std::to_string(api.TF_TensorElementCount(tensor)) + " elements into " +
                   std::to_string(count));
  // A scalar placeholder whose buffer the bitcast replaces by a reference to ours.
  TF_Tensor* target = api.TF_AllocateTensor(dtype, nullptr, 0, api.TF_DataTypeSize(dtype));
  if (target == nullptr) ThrowError(env, TF_RESOURCE_EXHAUSTED, "cannot allocate tensor");
  Status status(api);
  api.TF_TensorBitcastFrom(tensor, dtype, target, dims.data(), static_cast<int>(dims.size()), status.get());
  if (!status.ok()) {
    api.TF_DeleteTensor(target);
    status.ThrowIfError(env, "reshape");
  }
  return Wrap(env, std::make_shared<TensorBox>(api, target, box_->writable()));
}

}  // namespace hydra
