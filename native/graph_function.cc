// graph.addFunction: a TF_Function made from a body graph, added to the graph's library.
#include <memory>
#include <string>
#include <vector>

#include "graph.h"

namespace hydra {

// addFunction(body: Graph, spec) -> FunctionDef bytes. Makes a function from operations of
// `body` (TF_GraphToFunctionWithControlOutputs) and adds it to this graph's library.
// spec: { name, operations: [op...] | null (all of body but the input ops), inputs: [[op, i]...],
//         outputs: [[op, i]...], outputNames?: [...], controlOutputs?: [op...],
//         controlOutputNames?: [...], description?, attrs?: [[name, serialized AttrValue]...] }
Napi::Value Graph::AddFunction(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  TF_Graph* graph = Live(env);
  std::shared_ptr<GraphBox> body_box = Graph::FromValue(info[0], "function body graph");
  TF_Graph* body = body_box->get();
  if (!info[1].IsObject()) ThrowError(env, TF_INVALID_ARGUMENT, "addFunction needs a spec object");
  Napi::Object spec = info[1].As<Napi::Object>();
  std::string name = ArgString(spec.Get("name"), "function name");
  std::vector<const TF_Operation*> operations;
  bool all = spec.Get("operations").IsNull() || spec.Get("operations").IsUndefined();
  if (!all) {
    Napi::Array list = ArgArray(spec.Get("operations"), "function operations");
    for (uint32_t i = 0; i < list.Length(); i++)
      operations.push_back(Graph::Operation(env, body, list.Get(i), "function operation " + std::to_string(i)));
  }
  auto outputs_of = [&](const char* key) {
    std::vector<TF_Output> result;
    Napi::Value value = spec.Get(key);
    if (value.IsUndefined() || value.IsNull()) return result;
    Napi::Array list = ArgArray(value, std::string("function ") + key);
    for (uint32_t i = 0; i < list.Length(); i++)
      result.push_back(Graph::Output(env, body, list.Get(i), std::string("function ") + key + " " + std::to_string(i)));
    return result;
  };
  auto strings_of = [&](const char* key, size_t expected) {
    std::vector<std::string> result;
    Napi::Value value = spec.Get(key);
    if (value.IsUndefined() || value.IsNull()) return result;
    Napi::Array list = ArgArray(value, std::string("function ") + key);
    for (uint32_t i = 0; i < list.Length(); i++) result.push_back(ArgString(list.Get(i), std::string("function ") + key));
    if (result.size() != expected)
      ThrowError(env, TF_INVALID_ARGUMENT, std::string("function ") + key + " must name each one (" +
                                               std::to_string(expected) + "), got " + std::to_string(result.size()));
    return result;
  };
  std::vector<TF_Output> inputs = outputs_of("inputs");
  std::vector<TF_Output> outputs = outputs_of("outputs");
  std::vector<const TF_Operation*> control_outputs;
  Napi::Value controls = spec.Get("controlOutputs");
  if (!controls.IsUndefined() && !controls.IsNull()) {
    Napi::Array list = ArgArray(controls, "function controlOutputs");
    for (uint32_t i = 0; i < list.Length(); i++)
      control_outputs.push_back(Graph::Operation(env, body, list.Get(i), "function control output " + std::to_string(i)));
  }
  std::vector<std::string> output_names = strings_of("outputNames", outputs.size());
  std::vector<std::string> control_names = strings_of("controlOutputNames", control_outputs.size());
  if (control_names.empty())
    for (size_t i = 0; i < control_outputs.size(); i++) control_names.push_back("control_" + std::to_string(i));
  auto pointers = [](const std::vector<std::string>& list) {
    std::vector<const char*> result;
    for (const auto& item : list) result.push_back(item.c_str());
    return result;
  };
  std::vector<const char*> output_name_ptrs = pointers(output_names);
  std::vector<const char*> control_name_ptrs = pointers(control_names);
  std::string description;
  if (spec.Get("description").IsString()) description = spec.Get("description").As<Napi::String>().Utf8Value();
  Status status(api);
  TF_Function* function = api.TF_GraphToFunctionWithControlOutputs(
      body, name.c_str(), 0, all ? -1 : static_cast<int>(operations.size()), all ? nullptr : operations.data(),
      static_cast<int>(inputs.size()), inputs.data(), static_cast<int>(outputs.size()), outputs.data(),
      output_names.empty() ? nullptr : output_name_ptrs.data(), static_cast<int>(control_outputs.size()),
      control_outputs.data(), control_name_ptrs.data(), nullptr, description.empty() ? nullptr : description.c_str(),
      status.get());
  status.ThrowIfError(env, "function " + name);
  Owned<TF_Function, &TfApi::TF_DeleteFunction> owned(api, function);
  // attrs: [[name, serialized AttrValue]...] set on the FunctionDef (e.g. _XlaMustCompile).
  Napi::Value attrs = spec.Get("attrs");
  if (!attrs.IsUndefined() && !attrs.IsNull()) {
    Napi::Array list = ArgArray(attrs, "function attrs");
    for (uint32_t i = 0; i < list.Length(); i++) {
      Napi::Array entry = ArgArray(list.Get(i), "function attr");
      std::string attr_name = ArgString(entry.Get(0u), "function attr name");
      auto [bytes, length] = ArgBytes(entry.Get(1u), "function attr value (serialized AttrValue)");
      api.TF_FunctionSetAttrValueProto(function, attr_name.c_str(), bytes, length, status.get());
      status.ThrowIfError(env, "function " + name + " attr " + attr_name);
    }
  }
  api.TF_GraphCopyFunction(graph, function, nullptr, status.get());
  status.ThrowIfError(env, "adding function " + name);
  Buffer definition(api);
  api.TF_FunctionToFunctionDef(function, definition.get(), status.get());
  status.ThrowIfError(env, "function " + name);
  return definition.ToNode(env);
}

}  // namespace hydra
