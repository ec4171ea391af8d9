// The addon instance: its per-environment data, the sessions it must close at teardown,
// and the loaded TensorFlow table.
#pragma once

#include <napi.h>

#include <chrono>
#include <memory>
#include <mutex>
#include <vector>

#include "convert.h"
#include "jobs.h"
#include "tf_api.h"

namespace hydra {

class SessionBox;

// Per addon instance (one per Node environment, so worker_threads each get one).
struct AddonData {
  Napi::FunctionReference tensor_constructor;
  Napi::FunctionReference graph_constructor;
  Napi::FunctionReference session_constructor;
  Napi::FunctionReference callable_constructor;
  // A JS function (code name, message) -> Error, installed by lib/core so that
  // native errors are instances of the TypeScript error classes.
  Napi::FunctionReference error_factory;
  // Sessions still open, closed (their runs cancelled) when the environment is
  // torn down. Shared with the env cleanup hook, which may run after this struct is gone.
  std::shared_ptr<struct SessionRegistry> sessions;
  // The threads session runs, closes and SavedModel loads execute on.
  std::shared_ptr<JobThreads> jobs;
};

struct SessionRegistry {
  std::mutex mutex;
  std::vector<std::weak_ptr<SessionBox>> sessions;
  void Track(const std::shared_ptr<SessionBox>& session);
  // Cancels every open session's runs and closes it; gives up on (and leaks) a session whose
  // runs have not ended by `deadline`, so that process exit never waits forever.
  void CloseAll(std::chrono::steady_clock::time_point deadline);
};

AddonData& GetAddonData(Napi::Env env);

// The TensorFlow table; throws a FAILED_PRECONDITION error if not loaded yet.
const TfApi& Api(Napi::Env env);

}  // namespace hydra
