// graph.importGraphDef: a serialized GraphDef into the graph. The nodes it would add are
// listed first, from the bytes, so that op types that abort TensorFlow when built are
// refused before TensorFlow builds any of them.
#include <cstdint>
#include <string>
#include <vector>

#include "graph.h"

namespace hydra {
namespace {

// Just enough of the protobuf wire format to list the nodes of a serialized GraphDef the way
// TensorFlow's parser sees them: every occurrence of a repeated field is an element, a singular
// message written twice is merged (so all its occurrences are walked), a singular string written
// twice keeps the last, and a known field number with the wrong wire type is an unknown field.
class WireReader {
 public:
  WireReader(const uint8_t* data, size_t size) : at_(data), end_(data + size) {}

  // Reads the next field; false at the end, and sets malformed() on bytes that are not protobuf.
  bool Next(uint64_t* field, int* wire, const uint8_t** payload, size_t* length) {
    if (at_ == end_ || malformed_) return false;
    uint64_t key;
    if (!Varint(&key)) return Fail();
    *field = key >> 3;
    *wire = static_cast<int>(key & 7);
    uint64_t skip = 0;
    switch (*wire) {
      case 0: {
        uint64_t ignored;
        if (!Varint(&ignored)) return Fail();
        *payload = nullptr;
        *length = 0;
        return true;
      }
      case 1: skip = 8; break;
      case 5: skip = 4; break;
      case 2:
        if (!Varint(&skip)) return Fail();
        break;
      default:
        // Groups (3, 4) are deprecated and never written by TensorFlow; refuse rather than guess.
        return Fail();
    }
    if (skip > static_cast<uint64_t>(end_ - at_)) return Fail();
    *payload = at_;
    *length = static_cast<size_t>(skip);
    at_ += skip;
    return true;
  }
  bool malformed() const { return malformed_; }

 private:
  bool Varint(uint64_t* value) {
    *value = 0;
    for (int shift = 0; shift < 64 && at_ < end_; shift += 7) {
      uint8_t byte = *at_++;
      *value |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return true;
    }
    return false;
  }
  bool Fail() {
    malformed_ = true;
    return false;
  }
  const uint8_t* at_;
  const uint8_t* end_;
  bool malformed_ = false;
};

struct NodeSummary {
  std::string name;
  std::string op;
  std::string function;  // the library function holding the node, empty at top level
};

// NodeDef: name = 1, op = 2.
bool ReadNodeDef(const uint8_t* data, size_t size, const std::string& function, std::vector<NodeSummary>* nodes) {
  WireReader reader(data, size);
  NodeSummary node;
  node.function = function;
  uint64_t field;
  int wire;
  const uint8_t* payload;
  size_t length;
  while (reader.Next(&field, &wire, &payload, &length)) {
    if (wire != 2) continue;
    if (field == 1) node.name.assign(reinterpret_cast<const char*>(payload), length);
    if (field == 2) node.op.assign(reinterpret_cast<const char*>(payload), length);
  }
  nodes->push_back(std::move(node));
  return !reader.malformed();
}

// FunctionDef: signature = 1 (OpDef: name = 1), node_def = 3. The name is read first so that
// nodes can be reported with their function, whatever the field order.
bool ReadFunctionDef(const uint8_t* data, size_t size, std::vector<NodeSummary>* nodes) {
  std::string function = "(unnamed function)";
  uint64_t field;
  int wire;
  const uint8_t* payload;
  size_t length;
  WireReader names(data, size);
  while (names.Next(&field, &wire, &payload, &length)) {
    if (field != 1 || wire != 2) continue;
    WireReader signature(payload, length);
    uint64_t inner_field;
    int inner_wire;
    const uint8_t* inner;
    size_t inner_length;
    while (signature.Next(&inner_field, &inner_wire, &inner, &inner_length))
      if (inner_field == 1 && inner_wire == 2) function.assign(reinterpret_cast<const char*>(inner), inner_length);
  }
  WireReader reader(data, size);
  bool ok = !names.malformed();
  while (reader.Next(&field, &wire, &payload, &length))
    if (field == 3 && wire == 2) ok = ReadNodeDef(payload, length, function, nodes) && ok;
  return ok && !reader.malformed();
}

// GraphDef: node = 1, library = 2 (FunctionDefLibrary: function = 1). Returns false on bytes
// that are not a well-formed GraphDef.
bool ListGraphDefNodes(const uint8_t* data, size_t size, std::vector<NodeSummary>* nodes) {
  WireReader reader(data, size);
  uint64_t field;
  int wire;
  const uint8_t* payload;
  size_t length;
  bool ok = true;
  while (reader.Next(&field, &wire, &payload, &length)) {
    if (wire != 2) continue;
    if (field == 1) ok = ReadNodeDef(payload, length, "", nodes) && ok;
    if (field == 2) {
      WireReader library(payload, length);
      uint64_t inner_field;
      int inner_wire;
      const uint8_t* inner;
      size_t inner_length;
      while (library.Next(&inner_field, &inner_wire, &inner, &inner_length))
        if (inner_field == 1 && inner_wire == 2) ok = ReadFunctionDef(inner, inner_length, nodes) && ok;
      ok = ok && !library.malformed();
    }
  }
  return ok && !reader.malformed();
}

}  // namespace

Napi::Value Graph::ImportGraphDef(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  TF_Graph* graph = Live(env);
  auto [bytes, length] = ArgBytes(info[0], "graphDef");
  Napi::Object options = info[1].IsObject() ? info[1].As<Napi::Object>() : Napi::Object::New(env);

  // Parse options before creating the TF options object.
  std::string prefix, default_device;
  if (options.Has("prefix") && !options.Get("prefix").IsUndefined())
    prefix = ArgString(options.Get("prefix"), "importGraphDef prefix");
  if (options.Has("defaultDevice") && !options.Get("defaultDevice").IsUndefined())
    default_device = ArgString(options.Get("defaultDevice"), "importGraphDef defaultDevice");
  bool uniquify = options.Get("uniquifyNames").ToBoolean().Value();
  struct Mapping {
    std::string source;
    int index;
    TF_Output target;
  };
  std::vector<Mapping> mappings;
  if (options.Has("inputMap") && !options.Get("inputMap").IsUndefined()) {
    Napi::Array items = ArgArray(options.Get("inputMap"), "importGraphDef inputMap");
    for (uint32_t i = 0; i < items.Length(); i++) {
      std::string what = "inputMap[" + std::to_string(i) + "]";
      Napi::Array entry = ArgArray(items.Get(i), what);
      if (entry.Length() != 3)
        ThrowError(env, TF_INVALID_ARGUMENT, what + " must be [sourceName, sourceIndex, [targetOp, targetIndex]]");
      int64_t index = ArgInt(entry.Get(1u), what + " source index");
      if (index < 0 || index > INT32_MAX) ThrowError(env, TF_INVALID_ARGUMENT, what + " source index out of range");
      mappings.push_back(Mapping{ArgString(entry.Get(0u), what + " source name"), static_cast<int>(index),
                                 Output(env, graph, entry.Get(2u), what + " target")});
    }
  }
  std::vector<std::pair<std::string, int>> return_outputs;
  if (options.Has("returnOutputs") && !options.Get("returnOutputs").IsUndefined()) {
    Napi::Array items = ArgArray(options.Get("returnOutputs"), "importGraphDef returnOutputs");
    for (uint32_t i = 0; i < items.Length(); i++) {
      Napi::Array entry = ArgArray(items.Get(i), "returnOutputs entry");
      if (entry.Length() != 2) ThrowError(env, TF_INVALID_ARGUMENT, "returnOutputs entries are [name, index]");
      int64_t index = ArgInt(entry.Get(1u), "returnOutputs index");
      if (index < 0 || index > INT32_MAX) ThrowError(env, TF_INVALID_ARGUMENT, "returnOutputs index out of range");
      return_outputs.emplace_back(ArgString(entry.Get(0u), "returnOutputs name"), static_cast<int>(index));
    }
  }
  std::vector<std::string> return_operations;
  if (options.Has("returnOperations") && !options.Get("returnOperations").IsUndefined()) {
    Napi::Array items = ArgArray(options.Get("returnOperations"), "importGraphDef returnOperations");
    for (uint32_t i = 0; i < items.Length(); i++)
      return_operations.push_back(ArgString(items.Get(i), "returnOperations entry"));
  }

  // The nodes a GraphDef would add get the refusals addOperation applies, before TensorFlow
  // builds any of them (building is what aborts).
  std::vector<NodeSummary> nodes;
  if (!ListGraphDefNodes(bytes, length, &nodes))
    ThrowError(env, TF_INVALID_ARGUMENT, "importGraphDef: the bytes are not a well-formed GraphDef");
  for (const auto& node : nodes) {
    if (!CrashesTensorFlowWhenBuilt(node.op)) continue;
    std::string where = node.function.empty() ? "node '" + node.name + "'" : "node '" + node.name + "' of function '" + node.function + "'";
    ThrowError(env, TF_UNIMPLEMENTED,
               "importGraphDef: " + where + " (" + node.op +
                   "): this op type aborts TensorFlow 2.21 when built from the C API; hydra-tf refuses it");
  }

  Owned<TF_ImportGraphDefOptions, &TfApi::TF_DeleteImportGraphDefOptions> owned_options(api, api.TF_NewImportGraphDefOptions());
  TF_ImportGraphDefOptions* opts = owned_options.get();
  api.TF_ImportGraphDefOptionsSetPrefix(opts, prefix.c_str());
  if (!default_device.empty()) api.TF_ImportGraphDefOptionsSetDefaultDevice(opts, default_device.c_str());
  api.TF_ImportGraphDefOptionsSetUniquifyNames(opts, uniquify ? 1 : 0);
  for (const auto& mapping : mappings)
    api.TF_ImportGraphDefOptionsAddInputMapping(opts, mapping.source.c_str(), mapping.index, mapping.target);
  for (const auto& [name, index] : return_outputs)
    api.TF_ImportGraphDefOptionsAddReturnOutput(opts, name.c_str(), index);
  for (const auto& name : return_operations) api.TF_ImportGraphDefOptionsAddReturnOperation(opts, name.c_str());

  Buffer graph_def(api, bytes, length);
  Status status(api);
  Owned<TF_ImportGraphDefResults, &TfApi::TF_DeleteImportGraphDefResults> owned_results(
      api, api.TF_GraphImportGraphDefWithResults(graph, graph_def.get(), opts, status.get()));
  status.ThrowIfError(env, "importGraphDef");
  TF_ImportGraphDefResults* results = owned_results.get();

  Napi::Object result = Napi::Object::New(env);
  int num_outputs = 0;
  TF_Output* outputs = nullptr;
  api.TF_ImportGraphDefResultsReturnOutputs(results, &num_outputs, &outputs);
  Napi::Array output_array = Napi::Array::New(env, num_outputs);
  for (int i = 0; i < num_outputs; i++) output_array.Set(static_cast<uint32_t>(i), OutputPair(env, api, outputs[i]));
  result.Set("outputs", output_array);
  int num_opers = 0;
  TF_Operation** opers = nullptr;
  api.TF_ImportGraphDefResultsReturnOperations(results, &num_opers, &opers);
  Napi::Array oper_array = Napi::Array::New(env, num_opers);
  for (int i = 0; i < num_opers; i++)
    oper_array.Set(static_cast<uint32_t>(i), Napi::String::New(env, api.TF_OperationName(opers[i])));
  result.Set("operations", oper_array);
  int num_missing = 0;
  const char** missing_names = nullptr;
  int* missing_indexes = nullptr;
  api.TF_ImportGraphDefResultsMissingUnusedInputMappings(results, &num_missing, &missing_names, &missing_indexes);
  Napi::Array missing = Napi::Array::New(env, num_missing);
  for (int i = 0; i < num_missing; i++) {
    Napi::Array pair = Napi::Array::New(env, 2);
    pair.Set(0u, Napi::String::New(env, missing_names[i]));
    pair.Set(1u, Napi::Number::New(env, missing_indexes[i]));
    missing.Set(static_cast<uint32_t>(i), pair);
  }
  result.Set("missingUnusedInputMappings", missing);
  return result;
}

}  // namespace hydra
