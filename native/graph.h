// Graph: a TF_Graph owned by JS. Operations are addressed by name from JS (the
// TypeScript Operation holds its Graph), so no raw TF_Operation pointer ever
// crosses into JS and a stale handle cannot crash the process.
#pragma once

#include <napi.h>

#include <memory>
#include <string>

#include "addon.h"

namespace hydra {

class GraphBox {
 public:
  GraphBox(const TfApi& api, TF_Graph* graph) : api_(api), graph_(graph) {}
  // TF_DeleteGraph defers the real deletion while sessions still use the graph.
  ~GraphBox() { api_.TF_DeleteGraph(graph_); }
  GraphBox(const GraphBox&) = delete;
  GraphBox& operator=(const GraphBox&) = delete;
  TF_Graph* get() const { return graph_; }

 private:
  const TfApi& api_;
  TF_Graph* graph_;
};

class Graph : public Napi::ObjectWrap<Graph> {
 public:
  static void Init(Napi::Env env, Napi::Object exports);
  static std::shared_ptr<GraphBox> FromValue(const Napi::Value& value, const std::string& what);
  // Wraps a graph created natively (SavedModel loading).
  static Napi::Object Wrap(Napi::Env env, std::shared_ptr<GraphBox> box);

  explicit Graph(const Napi::CallbackInfo& info);

  // Resolves an operation by name, throwing NOT_FOUND naming `what` if absent.
  static TF_Operation* Operation(Napi::Env env, TF_Graph* graph, const Napi::Value& name,
                                 const std::string& what);
  // Resolves [opName, index] into a TF_Output, checking the index.
  static TF_Output Output(Napi::Env env, TF_Graph* graph, const Napi::Value& pair,
                          const std::string& what);

 private:
  TF_Graph* Live(Napi::Env env) const;

  Napi::Value AddOperation(const Napi::CallbackInfo& info);
  Napi::Value AddFunction(const Napi::CallbackInfo& info);
  Napi::Value OperationInfo(const Napi::CallbackInfo& info);
  Napi::Value OperationInputs(const Napi::CallbackInfo& info);
  Napi::Value OperationNames(const Napi::CallbackInfo& info);
  Napi::Value OutputShape(const Napi::CallbackInfo& info);
  Napi::Value AttrValueProto(const Napi::CallbackInfo& info);
  Napi::Value NodeDef(const Napi::CallbackInfo& info);
  Napi::Value OpDef(const Napi::CallbackInfo& info);
  Napi::Value ToGraphDef(const Napi::CallbackInfo& info);
  Napi::Value ImportGraphDef(const Napi::CallbackInfo& info);
  Napi::Value AddGradients(const Napi::CallbackInfo& info);
  Napi::Value Dispose(const Napi::CallbackInfo& info);
  Napi::Value GetDisposed(const Napi::CallbackInfo& info);

  std::shared_ptr<GraphBox> box_;
};

}  // namespace hydra
