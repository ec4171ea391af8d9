// Session.loadSavedModel: a SavedModel's graph and session, loaded on the addon's threads
// (loading restores variables and can take seconds).
#include <memory>
#include <string>
#include <vector>

#include "session.h"

namespace hydra {
namespace {

class LoadSavedModelJob : public PromiseJob {
 public:
  LoadSavedModelJob(Napi::Env env, const TfApi& api, std::string dir, std::vector<std::string> tags,
                    std::unique_ptr<SessionOptions> options, std::unique_ptr<Buffer> run_options)
      : PromiseJob(env),
        api_(api),
        dir_(std::move(dir)),
        tags_(std::move(tags)),
        options_(std::move(options)),
        run_options_(std::move(run_options)),
        graph_(std::make_shared<GraphBox>(api, api.TF_NewGraph())) {}
  ~LoadSavedModelJob() override {
    // Loaded but never handed to JS (the environment went away first).
    if (session_ != nullptr) {
      Status status(api_);
      api_.TF_CloseSession(session_, status.get());
      api_.TF_DeleteSession(session_, status.get());
    }
  }

  void Execute() override {
    std::vector<const char*> tags;
    for (const auto& tag : tags_) tags.push_back(tag.c_str());
    Status status(api_);
    Buffer meta_graph(api_);
    session_ = api_.TF_LoadSessionFromSavedModel(options_->get(), run_options_ ? run_options_->get() : nullptr,
                                                 dir_.c_str(), tags.data(), static_cast<int>(tags.size()),
                                                 graph_->get(), meta_graph.get(), status.get());
    code_ = status.code();
    if (code_ != TF_OK) {
      message_ = status.message();
      session_ = nullptr;
      return;
    }
    meta_graph_ = meta_graph.ToString();
  }

 protected:
  Napi::Value Settle(Napi::Env env) override {
    if (code_ != TF_OK) ThrowError(env, code_, "cannot load SavedModel from " + dir_ + ": " + message_);
    auto box = std::make_shared<SessionBox>(api_, session_, graph_);
    session_ = nullptr;
    GetAddonData(env).sessions->Track(box);
    Napi::Object result = Napi::Object::New(env);
    result.Set("graph", Graph::Wrap(env, graph_));
    result.Set("session", Session::Wrap(env, box));
    result.Set("metaGraphDef", Napi::Buffer<uint8_t>::Copy(env, reinterpret_cast<const uint8_t*>(meta_graph_.data()),
                                                           meta_graph_.size()));
    return result;
  }

 private:
  const TfApi& api_;
  std::string dir_;
  std::vector<std::string> tags_;
  std::unique_ptr<SessionOptions> options_;
  std::unique_ptr<Buffer> run_options_;  // TF_Buffer: no N-API, so the job thread may use and free it
  std::shared_ptr<GraphBox> graph_;
  TF_Session* session_ = nullptr;
  int code_ = TF_OK;
  std::string message_;
  std::string meta_graph_;
};

}  // namespace

// loadSavedModel(exportDir, tags[], configBytes?, runOptionsBytes?) -> Promise<{graph, session, metaGraphDef}>
Napi::Value Session::LoadSavedModel(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  std::string dir = ArgString(info[0], "SavedModel directory");
  std::vector<std::string> tags;
  Napi::Array tag_array = ArgArray(info[1], "SavedModel tags");
  for (uint32_t i = 0; i < tag_array.Length(); i++) tags.push_back(ArgString(tag_array.Get(i), "SavedModel tag"));
  auto options = std::make_unique<SessionOptions>(env, api, info[2], env.Undefined());
  std::unique_ptr<Buffer> run_options;
  if (!IsAbsent(info[3])) {
    auto [bytes, length] = ArgBytes(info[3], "runOptions");
    run_options = std::make_unique<Buffer>(api, bytes, length);
  }
  return SubmitPromiseJob(env, std::make_unique<LoadSavedModelJob>(env, api, dir, std::move(tags), std::move(options),
                                                                   std::move(run_options)));
}

}  // namespace hydra
