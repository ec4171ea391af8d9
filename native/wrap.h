// The JS classes of the addon: every native object JS holds is type-tagged, reached only
// through methods that check `this`, and (for the ObjectWrap classes) owned through one
// template, HandleWrap.
#pragma once

#include <napi.h>

#include <memory>
#include <string>

#include "addon.h"

namespace hydra {

// ---- Methods that check `this` ------------------------------------------------------
// A native method reached through the prototype can be called with any `this`
// (`Tensor.prototype.data.call(session)`); unwrapping that as the wrong class would read
// another object's memory. Every method and accessor therefore goes through
// CheckedCall, which unwraps only an object carrying the class's type tag and
// throws a TypeError otherwise.

// "Tensor.prototype.data" for error messages; the string lives as long as the process.
const char* MethodLabel(const char* class_name, const char* method_name);

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

// `Method` is a member of T or of one of its bases (HandleWrap's dispose).
template <typename T, auto Method, const napi_type_tag* Tag>
napi_value CheckedCall(napi_env env, napi_callback_info raw) {
  return GuardJs(env, [&]() -> napi_value {
    Napi::CallbackInfo info(env, raw);
    T* self = CheckedThis<T>(info, Tag);
    return (self->*Method)(info);
  });
}

// A prototype method (`getter` false) or read-only accessor (`getter` true) whose `this` is checked.
template <typename T, auto Method, const napi_type_tag* Tag>
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

// ---- HandleWrap ---------------------------------------------------------------------
// A JS class owning one TensorFlow object through a shared Box, so that what is in flight
// (a run, a session of the graph) keeps the object alive after JS lets go. dispose() drops
// this wrapper's share at once; the finalizer (ObjectWrap's destructor) drops it when JS
// forgets to. Derived supplies:
//   static constexpr napi_type_tag kTag;       // unique per class
//   static constexpr const char kClassName[];  // "Graph"
//   static constexpr Napi::FunctionReference AddonData::*kConstructor;  // only if Wrap is used
// Tensor is not one of these on purpose (see tensor.h): it is napi_wrap'ed without a reference.
template <typename Derived, typename Box>
class HandleWrap : public Napi::ObjectWrap<Derived> {
 public:
  // The JS object for a box made natively (SavedModel loading, makeCallable).
  static Napi::Object Wrap(Napi::Env env, std::shared_ptr<Box> box) {
    auto external = Napi::External<std::shared_ptr<Box>>::New(env, &box);
    // The constructor copies the shared_ptr out of the external synchronously.
    return (GetAddonData(env).*Derived::kConstructor).New({external});
  }

  // The box behind a JS value; throws if it is not a Derived or was disposed.
  static std::shared_ptr<Box> FromValue(const Napi::Value& value, const std::string& what) {
    Napi::Env env = value.Env();
    if (!value.IsObject() || !value.As<Napi::Object>().CheckTypeTag(&Derived::kTag))
      ThrowError(env, TF_INVALID_ARGUMENT, what + " must be a " + Derived::kClassName);
    Derived* self = Napi::ObjectWrap<Derived>::Unwrap(value.As<Napi::Object>());
    if (!self->box_)
      ThrowError(env, TF_FAILED_PRECONDITION, what + ": the " + Derived::kClassName + " has been disposed");
    return self->box_;
  }

 protected:
  explicit HandleWrap(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Derived>(info) {
    info.This().As<Napi::Object>().TypeTag(&Derived::kTag);
  }

  // Takes the box Wrap passed; false if the constructor was called from JS.
  bool AdoptWrapped(const Napi::CallbackInfo& info) {
    if (info.Length() != 1 || !info[0].IsExternal()) return false;
    box_ = *info[0].As<Napi::External<std::shared_ptr<Box>>>().Data();
    return true;
  }

  // A checked prototype method or (getter) accessor of Derived.
  template <auto Method>
  static Napi::ClassPropertyDescriptor<Derived> Checked(const char* name, bool getter = false) {
    return Napi::ClassPropertyDescriptor<Derived>(
        CheckedProperty<Derived, Method, &Derived::kTag>(Derived::kClassName, name, getter));
  }

  // dispose(): drops this wrapper's share of the object.
  Napi::Value Dispose(const Napi::CallbackInfo& info) {
    box_.reset();
    return info.Env().Undefined();
  }
  Napi::Value GetDisposed(const Napi::CallbackInfo& info) { return Napi::Boolean::New(info.Env(), !box_); }

  std::shared_ptr<Box> box_;
};

}  // namespace hydra
