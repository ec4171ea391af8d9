// Tensor: a TF_Tensor owned by JS. The TF_Tensor lives in a shared TensorBox so
// that a run in flight keeps its feeds alive even if JS disposes them meanwhile.
#pragma once

#include <napi.h>

#include <memory>
#include <vector>

#include "wrap.h"

namespace hydra {

class TensorBox : public Owned<TF_Tensor, &TfApi::TF_DeleteTensor> {
 public:
  // `writable`: the memory is ours alone (allocated for JS, never a run's output, which may
  // share a variable's buffer), so JS may get a writable view of it.
  TensorBox(const TfApi& api, TF_Tensor* tensor, bool writable = false) : Owned(api, tensor), writable_(writable) {}
  bool writable() const { return writable_; }
  // Set by tensor.dispose() (JS thread only): a bound run that pins the memory refuses to feed
  // it afterwards rather than feed a tensor its owner has given up.
  void MarkDisposed() { disposed_ = true; }
  bool disposed() const { return disposed_; }

 private:
  bool writable_;
  bool disposed_ = false;
};

// Not a Napi::ObjectWrap: an ObjectWrap keeps a napi_ref per object whose deletion
// Node defers to a later tick, so a synchronous loop making millions of tensors
// would pile them up. A plain napi_wrap without a reference, with a finalizer that
// touches no JS (addon built with NAPI_EXPERIMENTAL, so Node runs it inside garbage
// collection), frees the TF_Tensor as soon as the collector finds the object dead.
class Tensor {
 public:
  static void Init(Napi::Env env, Napi::Object exports);
  // Wraps a tensor TensorFlow handed us (a run output): no copy, JS owns it.
  static Napi::Object Wrap(Napi::Env env, TF_Tensor* tensor);
  static Napi::Object Wrap(Napi::Env env, std::shared_ptr<TensorBox> box);
  // The tensor behind a JS value; throws if it is not a Tensor or was disposed.
  static std::shared_ptr<TensorBox> FromValue(const Napi::Value& value, const std::string& what);

 private:
  Tensor() = default;
  static napi_value Construct(napi_env env, napi_callback_info raw);
  // Runs inside garbage collection: frees the tensor and returns the memory hint, nothing else.
  static void Finalize(node_api_basic_env env, void* data, void* hint);

  void CreateFromBytes(Napi::Env env, int64_t dtype, const std::vector<int64_t>& dims,
                       const Napi::Value& data);
  void CreateFromStrings(Napi::Env env, const std::vector<int64_t>& dims, const Napi::Value& data);
  void CreateZeroed(Napi::Env env, int64_t dtype, const std::vector<int64_t>& dims);
  void Adopt(Napi::Env env, std::shared_ptr<TensorBox> box);
  TF_Tensor* Live(Napi::Env env) const;
  void Release(Napi::Env env);

  Napi::Value GetDtype(const Napi::CallbackInfo& info);
  Napi::Value GetShape(const Napi::CallbackInfo& info);
  Napi::Value GetByteLength(const Napi::CallbackInfo& info);
  Napi::Value GetDisposed(const Napi::CallbackInfo& info);
  Napi::Value Data(const Napi::CallbackInfo& info);
  Napi::Value Strings(const Napi::CallbackInfo& info);
  Napi::Value Dispose(const Napi::CallbackInfo& info);
  Napi::Value View(const Napi::CallbackInfo& info);
  Napi::Value Reshape(const Napi::CallbackInfo& info);

  std::shared_ptr<TensorBox> box_;
  int64_t external_bytes_ = 0;
};

// Parses a JS array of dimension sizes; -1 allowed (unknown) only if allow_unknown.
std::vector<int64_t> ArgShape(const Napi::Value& value, const std::string& what, bool allow_unknown);

}  // namespace hydra
