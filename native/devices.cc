// session.listDevices: the devices a session can place operations on.
#include "session.h"

namespace hydra {

Napi::Value Session::ListDevices(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::shared_ptr<SessionBox> box = Live(env);
  const TfApi& api = box->api();
  Status status(api);
  Owned<TF_DeviceList, &TfApi::TF_DeleteDeviceList> list(api, api.TF_SessionListDevices(box->get(), status.get()));
  status.ThrowIfError(env, "listDevices");
  int count = api.TF_DeviceListCount(list.get());
  Napi::Array devices = Napi::Array::New(env, count);
  for (int i = 0; i < count; i++) {
    const char* name = api.TF_DeviceListName(list.get(), i, status.get());
    const char* type = api.TF_DeviceListType(list.get(), i, status.get());
    int64_t memory = api.TF_DeviceListMemoryBytes(list.get(), i, status.get());
    uint64_t incarnation = api.TF_DeviceListIncarnation(list.get(), i, status.get());
    status.ThrowIfError(env, "listDevices");
    Napi::Object device = Napi::Object::New(env);
    device.Set("name", name);
    device.Set("type", type);
    device.Set("memoryBytes", Napi::Number::New(env, static_cast<double>(memory)));
    device.Set("incarnation", Napi::BigInt::New(env, incarnation));
    devices.Set(static_cast<uint32_t>(i), device);
  }
  return devices;
}

}  // namespace hydra
