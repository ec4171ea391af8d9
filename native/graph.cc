#include "graph.h"

#include <string>
#include <unordered_set>
#include <vector>

namespace hydra {
namespace {

// TensorFlow's C++ gradient builder dereferences the while-loop context of Exit
// nodes; only loops built through TF_NewWhile have one, so an imported TF1 loop on
// the gradient path would crash the process. Refuse such paths instead.
void CheckNoWhileExitOnPath(Napi::Env env, const TfApi& api, const std::vector<TF_Output>& ys) {
  std::vector<TF_Operation*> stack;
  std::unordered_set<TF_Operation*> seen;
  for (const auto& y : ys) stack.push_back(y.oper);
  while (!stack.empty()) {
    TF_Operation* op = stack.back();
    stack.pop_back();
    if (!seen.insert(op).second) continue;
    std::string type = api.TF_OperationOpType(op);
    if (type == "Exit" || type == "RefExit")
      ThrowError(env, TF_UNIMPLEMENTED,
                 std::string("gradients: the path from ys passes through '") + api.TF_OperationName(op) +
                     "' (" + type + "), the exit of a TF1 while loop; TensorFlow's C API cannot differentiate "
                     "through imported while loops");
    int count = api.TF_OperationNumInputs(op);
    for (int i = 0; i < count; i++) stack.push_back(api.TF_OperationInput(TF_Input{op, i}).oper);
  }
}

}  // namespace

Napi::Array OutputPair(Napi::Env env, const TfApi& api, TF_Output output) {
  Napi::Array pair = Napi::Array::New(env, 2);
  pair.Set(0u, Napi::String::New(env, api.TF_OperationName(output.oper)));
  pair.Set(1u, Napi::Number::New(env, output.index));
  return pair;
}

std::vector<TF_Output> ArgOutputs(Napi::Env env, TF_Graph* graph, const Napi::Value& value,
                                  const std::string& what) {
  Napi::Array items = ArgArray(value, what);
  std::vector<TF_Output> outputs;
  outputs.reserve(items.Length());
  for (uint32_t i = 0; i < items.Length(); i++)
    outputs.push_back(Graph::Output(env, graph, items.Get(i), what + "[" + std::to_string(i) + "]"));
  return outputs;
}

void Graph::Init(Napi::Env env, Napi::Object exports) {
  Napi::Function constructor = DefineClass(
      env, "Graph",
      {
          Checked<&Graph::AddOperation>("addOperation"),
          Checked<&Graph::OperationInfo>("operationInfo"),
          Checked<&Graph::OperationInputs>("operationInputs"),
          Checked<&Graph::OperationNames>("operationNames"),
          Checked<&Graph::OutputShape>("outputShape"),
          Checked<&Graph::AttrValueProto>("attrValueProto"),
          Checked<&Graph::NodeDef>("nodeDef"),
          Checked<&Graph::OpDef>("opDef"),
          Checked<&Graph::ToGraphDef>("toGraphDef"),
          Checked<&Graph::ImportGraphDef>("importGraphDef"),
          Checked<&Graph::AddGradients>("addGradients"),
          Checked<&Graph::AddFunction>("addFunction"),
          Checked<&Graph::Dispose>("dispose"),
          Checked<&Graph::GetDisposed>("disposed", true),
      });
  GetAddonData(env).graph_constructor = Napi::Persistent(constructor);
  exports.Set("Graph", constructor);
}

Graph::Graph(const Napi::CallbackInfo& info) : HandleWrap(info) {
  if (AdoptWrapped(info)) return;
  const TfApi& api = Api(info.Env());
  box_ = std::make_shared<GraphBox>(api, api.TF_NewGraph());
}

TF_Graph* Graph::Live(Napi::Env env) const {
  if (!box_) ThrowError(env, TF_FAILED_PRECONDITION, "the Graph has been disposed");
  return box_->get();
}

TF_Operation* Graph::Operation(Napi::Env env, TF_Graph* graph, const Napi::Value& name,
                               const std::string& what) {
  std::string op_name = ArgString(name, what);
  TF_Operation* op = Api(env).TF_GraphOperationByName(graph, op_name.c_str());
  if (op == nullptr) ThrowError(env, TF_NOT_FOUND, what + ": no operation named '" + op_name + "' in the graph");
  return op;
}

TF_Output Graph::Output(Napi::Env env, TF_Graph* graph, const Napi::Value& pair, const std::string& what) {
  Napi::Array array = ArgArray(pair, what);
  if (array.Length() != 2) ThrowError(env, TF_INVALID_ARGUMENT, what + " must be [operationName, outputIndex]");
  TF_Operation* op = Operation(env, graph, array.Get(0u), what);
  int64_t index = ArgInt(array.Get(1u), what + " output index");
  int count = Api(env).TF_OperationNumOutputs(op);
  if (index < 0 || index >= count)
    ThrowError(env, TF_OUT_OF_RANGE,
               what + ": operation '" + array.Get(0u).As<Napi::String>().Utf8Value() + "' has " +
                   std::to_string(count) + " output(s), no output " + std::to_string(index));
  return TF_Output{op, static_cast<int>(index)};
}
Napi::Value Graph::OperationInfo(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  TF_Graph* graph = Live(env);
  std::string name = ArgString(info[0], "operation name");
  TF_Operation* op = api.TF_GraphOperationByName(graph, name.c_str());
  if (op == nullptr) return env.Null();
  Napi::Object result = Napi::Object::New(env);
  result.Set("name", api.TF_OperationName(op));
  result.Set("type", api.TF_OperationOpType(op));
  result.Set("device", api.TF_OperationDevice(op));
  result.Set("numInputs", api.TF_OperationNumInputs(op));
  int num_outputs = api.TF_OperationNumOutputs(op);
  result.Set("numOutputs", num_outputs);
  Napi::Array types = Napi::Array::New(env, num_outputs);
  for (int i = 0; i < num_outputs; i++)
    types.Set(static_cast<uint32_t>(i), Napi::Number::New(env, api.TF_OperationOutputType(TF_Output{op, i})));
  result.Set("outputTypes", types);
  result.Set("numControlInputs", api.TF_OperationNumControlInputs(op));
  return result;
}

Napi::Value Graph::OperationInputs(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  TF_Operation* op = Operation(env, Live(env), info[0], "operationInputs");
  int count = api.TF_OperationNumInputs(op);
  Napi::Array inputs = Napi::Array::New(env, count);
  for (int i = 0; i < count; i++)
    inputs.Set(static_cast<uint32_t>(i), OutputPair(env, api, api.TF_OperationInput(TF_Input{op, i})));
  int control_count = api.TF_OperationNumControlInputs(op);
  std::vector<TF_Operation*> controls(static_cast<size_t>(control_count));
  int got = control_count > 0 ? api.TF_OperationGetControlInputs(op, controls.data(), control_count) : 0;
  Napi::Array control_names = Napi::Array::New(env, got);
  for (int i = 0; i < got; i++)
    control_names.Set(static_cast<uint32_t>(i), Napi::String::New(env, api.TF_OperationName(controls[i])));
  Napi::Object result = Napi::Object::New(env);
  result.Set("inputs", inputs);
  result.Set("controlInputs", control_names);
  return result;
}

Napi::Value Graph::OperationNames(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  TF_Graph* graph = Live(env);
  Napi::Array names = Napi::Array::New(env);
  size_t position = 0;
  uint32_t i = 0;
  while (TF_Operation* op = api.TF_GraphNextOperation(graph, &position))
    names.Set(i++, Napi::String::New(env, api.TF_OperationName(op)));
  return names;
}

Napi::Value Graph::OutputShape(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  TF_Graph* graph = Live(env);
  TF_Output output = Output(env, graph, info[0], "outputShape");
  Status status(api);
  int rank = api.TF_GraphGetTensorNumDims(graph, output, status.get());
  status.ThrowIfError(env, "outputShape");
  if (rank < 0) return env.Null();
  std::vector<int64_t> dims(static_cast<size_t>(rank));
  api.TF_GraphGetTensorShape(graph, output, dims.data(), rank, status.get());
  status.ThrowIfError(env, "outputShape");
  Napi::Array shape = Napi::Array::New(env, rank);
  for (int i = 0; i < rank; i++)
    shape.Set(static_cast<uint32_t>(i), Napi::Number::New(env, static_cast<double>(dims[i])));
  return shape;
}

Napi::Value Graph::AttrValueProto(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  TF_Operation* op = Operation(env, Live(env), info[0], "attrValueProto");
  std::string attr = ArgString(info[1], "attribute name");
  Buffer buffer(api);
  Status status(api);
  api.TF_OperationGetAttrValueProto(op, attr.c_str(), buffer.get(), status.get());
  status.ThrowIfError(env, std::string("attribute '") + attr + "' of '" + api.TF_OperationName(op) + "'");
  return buffer.ToNode(env);
}

Napi::Value Graph::NodeDef(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  TF_Operation* op = Operation(env, Live(env), info[0], "nodeDef");
  Buffer buffer(api);
  Status status(api);
  api.TF_OperationToNodeDef(op, buffer.get(), status.get());
  status.ThrowIfError(env, "nodeDef");
  return buffer.ToNode(env);
}

Napi::Value Graph::OpDef(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  TF_Graph* graph = Live(env);
  std::string type = ArgString(info[0], "op type");
  Buffer buffer(api);
  Status status(api);
  api.TF_GraphGetOpDef(graph, type.c_str(), buffer.get(), status.get());
  status.ThrowIfError(env, "op '" + type + "'");
  return buffer.ToNode(env);
}

Napi::Value Graph::ToGraphDef(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  TF_Graph* graph = Live(env);
  Buffer buffer(api);
  Status status(api);
  api.TF_GraphToGraphDef(graph, buffer.get(), status.get());
  status.ThrowIfError(env, "toGraphDef");
  return buffer.ToNode(env);
}
Napi::Value Graph::AddGradients(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  TF_Graph* graph = Live(env);
  std::string prefix;
  bool has_prefix = !info[0].IsNull() && !info[0].IsUndefined();
  if (has_prefix) prefix = ArgString(info[0], "gradients prefix");
  std::vector<TF_Output> ys = ArgOutputs(env, graph, info[1], "gradients ys");
  std::vector<TF_Output> xs = ArgOutputs(env, graph, info[2], "gradients xs");
  if (ys.empty() || xs.empty()) ThrowError(env, TF_INVALID_ARGUMENT, "gradients need at least one y and one x");
  std::vector<TF_Output> dx;
  if (!info[3].IsNull() && !info[3].IsUndefined()) {
    dx = ArgOutputs(env, graph, info[3], "gradients dx");
    if (dx.size() != ys.size())
      ThrowError(env, TF_INVALID_ARGUMENT,
                 "gradients: dx has " + std::to_string(dx.size()) + " entries, ys has " + std::to_string(ys.size()));
    for (size_t i = 0; i < dx.size(); i++)
      if (api.TF_OperationOutputType(dx[i]) != api.TF_OperationOutputType(ys[i]))
        ThrowError(env, TF_INVALID_ARGUMENT,
                   "gradients: dx[" + std::to_string(i) + "] has a different dtype from ys[" + std::to_string(i) + "]");
  }
  CheckNoWhileExitOnPath(env, api, ys);
  std::vector<TF_Output> dy(xs.size(), TF_Output{nullptr, 0});
  Status status(api);
  api.TF_AddGradientsWithPrefix(graph, has_prefix ? prefix.c_str() : nullptr, ys.data(), static_cast<int>(ys.size()),
                                xs.data(), static_cast<int>(xs.size()), dx.empty() ? nullptr : dx.data(),
                                status.get(), dy.data());
  status.ThrowIfError(env, "gradients");
  Napi::Array result = Napi::Array::New(env, dy.size());
  for (size_t i = 0; i < dy.size(); i++)
    result.Set(static_cast<uint32_t>(i), dy[i].oper == nullptr ? env.Null() : Napi::Value(OutputPair(env, api, dy[i])));
  return result;
}

}  // namespace hydra
