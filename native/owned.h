// One owner for every TensorFlow object the addon creates: the object and the table function
// that deletes it, deleted exactly once. No N-API here, so an owner may be released on any
// thread (a job thread, a TensorFlow deallocator's) without touching JS.
#pragma once

#include "tf_api.h"

namespace hydra {

template <typename Handle, void (*TfApi::*Delete)(Handle*)>
class Owned {
 public:
  Owned(const TfApi& api, Handle* handle) : api_(api), handle_(handle) {}
  ~Owned() {
    if (handle_ != nullptr) (api_.*Delete)(handle_);
  }
  Owned(const Owned&) = delete;
  Owned& operator=(const Owned&) = delete;

  Handle* get() const { return handle_; }
  const TfApi& api() const { return api_; }
  // Gives the handle up (to TensorFlow or another owner): it is no longer deleted here.
  Handle* release() {
    Handle* handle = handle_;
    handle_ = nullptr;
    return handle;
  }

 private:
  const TfApi& api_;
  Handle* handle_;
};

}  // namespace hydra
