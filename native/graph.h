// Graph: a TF_Graph owned by JS. Operations are addressed by name from JS (the
// TypeScript Operation holds its Graph), so no raw TF_Operation pointer ever
// crosses into JS and a stale handle cannot crash the process.
// The methods live by concept: graph.cc (the class, inspection, gradients), operation.cc
// (addOperation), graph_import.cc (importGraphDef), graph_function.cc (addFunction).
#pragma once

#include <napi.h>

#include <memory>
#include <string>
#include <vector>

#include "wrap.h"

namespace hydra {

// TF_DeleteGraph defers the real deletion while sessions still use the graph.
class GraphBox : public Owned<TF_Graph, &TfApi::TF_DeleteGraph> {
 public:
  using Owned::Owned;
};

class Graph : public HandleWrap<Graph, GraphBox> {
 public:
  static constexpr napi_type_tag kTag = {0x6879647261746631ULL, 0x4772617068000002ULL};
  static constexpr char kClassName[] = "Graph";
  static constexpr Napi::FunctionReference AddonData::*kConstructor = &AddonData::graph_constructor;

  static void Init(Napi::Env env, Napi::Object exports);

  explicit Graph(const Napi::CallbackInfo& info);

  // Resolves an operation by name, throwing NOT_FOUND naming `what` if absent.
  static TF_Operation* Operation(Napi::Env env, TF_Graph* graph, const Napi::Value& name,
                                 const std::string& what);
  // Resolves [opName, index] into a TF_Output, checking the index.
  static TF_Output Output(Napi::Env env, TF_Graph* graph, const Napi::Value& pair,
                          const std::string& what);

 private:
  TF_Graph* Live(Napi::Env env) const;

  Napi::Value AddOperation(const Napi::CallbackInfo& info);    // operation.cc
  Napi::Value ImportGraphDef(const Napi::CallbackInfo& info);  // graph_import.cc
  Napi::Value AddFunction(const Napi::CallbackInfo& info);     // graph_function.cc
  Napi::Value OperationInfo(const Napi::CallbackInfo& info);
  Napi::Value OperationInputs(const Napi::CallbackInfo& info);
  Napi::Value OperationNames(const Napi::CallbackInfo& info);
  Napi::Value OutputShape(const Napi::CallbackInfo& info);
  Napi::Value AttrValueProto(const Napi::CallbackInfo& info);
  Napi::Value NodeDef(const Napi::CallbackInfo& info);
  Napi::Value OpDef(const Napi::CallbackInfo& info);
  Napi::Value ToGraphDef(const Napi::CallbackInfo& info);
  Napi::Value AddGradients(const Napi::CallbackInfo& info);
};

// [opName, index] for JS.
Napi::Array OutputPair(Napi::Env env, const TfApi& api, TF_Output output);
// An array of [opName, index] pairs, each resolved with Graph::Output.
std::vector<TF_Output> ArgOutputs(Napi::Env env, TF_Graph* graph, const Napi::Value& value,
                                  const std::string& what);
// Op types whose construction aborts the process inside TensorFlow 2.21 when their
// attributes are not exactly what the kernel expects (found by probing every op); both
// addOperation and importGraphDef refuse them.
bool CrashesTensorFlowWhenBuilt(const std::string& type);

}  // namespace hydra
