// Server: an in-process TensorFlow server (TF_Server, gRPC) that other tasks of a cluster
// and graph sessions (target "grpc://host:port") talk to.
//
// TensorFlow's gRPC server cannot shut down once started: TF_ServerStop answers
// UNIMPLEMENTED, TF_ServerJoin blocks until the process ends, and TF_DeleteServer of a
// started server CHECK-fails (aborting the process). So a started server is never deleted
// (it serves until the process exits), join runs on a thread of its own, and no call that
// takes the server's lock is made while a join holds it.
#pragma once

#include <napi.h>

#include <memory>
#include <mutex>
#include <string>

#include "wrap.h"

namespace hydra {

class ServerBox {
 public:
  ServerBox(const TfApi& api, TF_Server* server) : api_(api), server_(server) {}
  // Deletes the server only if it never started (see the file comment).
  ~ServerBox();
  ServerBox(const ServerBox&) = delete;
  ServerBox& operator=(const ServerBox&) = delete;

  TF_Server* get() const { return server_; }
  const TfApi& api() const { return api_; }

  std::mutex mutex;
  bool started = false;
  bool stopped = false;
  int joins = 0;  // TF_ServerJoin calls in flight

 private:
  const TfApi& api_;
  TF_Server* server_;
};

class Server : public HandleWrap<Server, ServerBox> {
 public:
  static constexpr napi_type_tag kTag = {0x6879647261746631ULL, 0x5365727665720005ULL};
  static constexpr char kClassName[] = "Server";

  static void Init(Napi::Env env, Napi::Object exports);

  // new Server(serverDef: serialized tensorflow.ServerDef)
  explicit Server(const Napi::CallbackInfo& info);

 private:
  std::shared_ptr<ServerBox> Live(Napi::Env env, const char* method) const;

  Napi::Value Start(const Napi::CallbackInfo& info);
  Napi::Value Stop(const Napi::CallbackInfo& info);
  Napi::Value Join(const Napi::CallbackInfo& info);
  Napi::Value GetTarget(const Napi::CallbackInfo& info);
  Napi::Value GetStarted(const Napi::CallbackInfo& info);
};

}  // namespace hydra
