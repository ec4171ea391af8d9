#include "graph.h"

#include <algorithm>
#include <unordered_set>
#include <vector>

#include "tensor.h"

namespace hydra {
namespace {

const napi_type_tag kGraphTag = {0x6879647261746631ULL, 0x4772617068000002ULL};

// One attribute of an operation being built, parsed from JS before anything is
// handed to TensorFlow: TF_OperationDescription cannot be abandoned once started,
// so every JS value is validated first.
struct ParsedAttr {
  std::string name;
  std::string kind;
  std::string text;                  // string, func, placeholder, proto
  int64_t integer = 0;               // int
  float real = 0;                    // float
  bool flag = false;                 // bool
  TF_DataType type = TF_FLOAT;       // type
  std::vector<int64_t> dims;         // shape
  int rank = -1;                     // shape: -1 is unknown rank
  std::vector<std::string> texts;    // list(string)
  std::vector<int64_t> integers;     // list(int)
  std::vector<float> reals;          // list(float)
  std::vector<unsigned char> flags;  // list(bool)
  std::vector<TF_DataType> types;    // list(type)
  std::vector<std::vector<int64_t>> shapes;  // list(shape)
  std::vector<int> ranks;                    // list(shape)
  std::vector<std::shared_ptr<TensorBox>> tensors;  // tensor, list(tensor)
};

// Op types whose construction aborts the process inside TensorFlow 2.21 when their
// attributes are not exactly what the kernel expects (found by probing every op).
bool CrashesTensorFlowWhenBuilt(const std::string& type) {
  return type == "SplitDedupData" || type == "_FusedQuantizedConv2D" || type == "_FusedQuantizedDepthwiseConv2D";
}

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

struct ParsedInput {
  bool is_list = false;
  std::vector<TF_Output> outputs;
};

TF_DataType ArgDtype(const Napi::Value& value, const std::string& what) {
  int64_t dtype = ArgInt(value, what);
  if (dtype < 1 || dtype > 23)
    ThrowError(value.Env(), TF_INVALID_ARGUMENT, what + ": unknown dtype " + std::to_string(dtype));
  return static_cast<TF_DataType>(dtype);
}

// A shape attribute: null is unknown rank, an array of sizes (-1 unknown) otherwise.
void ArgAttrShape(const Napi::Value& value, const std::string& what, std::vector<int64_t>* dims, int* rank) {
  if (value.IsNull() || value.IsUndefined()) {
    dims->clear();
    *rank = -1;
    return;
  }
  *dims = ArgShape(value, what, true);
  *rank = static_cast<int>(dims->size());
}

std::string ArgText(const Napi::Value& value, const std::string& what) {
  if (value.IsString()) return value.As<Napi::String>().Utf8Value();
  if (IsBytes(value)) {
    auto [bytes, length] = ArgBytes(value, what);
    return std::string(reinterpret_cast<const char*>(bytes), length);
  }
  ThrowError(value.Env(), TF_INVALID_ARGUMENT, what + " must be a string or bytes");
}

ParsedAttr ParseAttr(const Napi::Value& entry, const std::string& op_label) {
  Napi::Env env = entry.Env();
  Napi::Array triple = ArgArray(entry, op_label + ": attribute entry");
  if (triple.Length() != 3)
    ThrowError(env, TF_INVALID_ARGUMENT, op_label + ": attribute entries are [name, kind, value]");
  ParsedAttr attr;
  attr.name = ArgString(triple.Get(0u), op_label + ": attribute name");
  attr.kind = ArgString(triple.Get(1u), op_label + ": attribute kind");
  Napi::Value value = triple.Get(2u);
  const std::string what = op_label + ": attribute '" + attr.name + "' (" + attr.kind + ")";
  const std::string& kind = attr.kind;
  if (kind == "string" || kind == "func" || kind == "placeholder" || kind == "proto") {
    attr.text = ArgText(value, what);
  } else if (kind == "int") {
    attr.integer = ArgInt(value, what);
  } else if (kind == "float") {
    attr.real = static_cast<float>(ArgNumber(value, what));
  } else if (kind == "bool") {
    if (!value.IsBoolean()) ThrowError(env, TF_INVALID_ARGUMENT, what + " must be a boolean");
    attr.flag = value.As<Napi::Boolean>().Value();
  } else if (kind == "type") {
    attr.type = ArgDtype(value, what);
  } else if (kind == "shape") {
    ArgAttrShape(value, what, &attr.dims, &attr.rank);
  } else if (kind == "tensor") {
    attr.tensors.push_back(Tensor::FromValue(value, what));
  } else if (kind.rfind("list(", 0) == 0) {
    Napi::Array items = ArgArray(value, what);
    for (uint32_t i = 0; i < items.Length(); i++) {
      Napi::Value item = items.Get(i);
      std::string item_what = what + "[" + std::to_string(i) + "]";
      if (kind == "list(string)") {
        attr.texts.push_back(ArgText(item, item_what));
      } else if (kind == "list(int)") {
        attr.integers.push_back(ArgInt(item, item_what));
      } else if (kind == "list(float)") {
        attr.reals.push_back(static_cast<float>(ArgNumber(item, item_what)));
      } else if (kind == "list(bool)") {
        if (!item.IsBoolean()) ThrowError(env, TF_INVALID_ARGUMENT, item_what + " must be a boolean");
        attr.flags.push_back(item.As<Napi::Boolean>().Value() ? 1 : 0);
      } else if (kind == "list(type)") {
        attr.types.push_back(ArgDtype(item, item_what));
      } else if (kind == "list(shape)") {
        std::vector<int64_t> dims;
        int rank = -1;
        ArgAttrShape(item, item_what, &dims, &rank);
        attr.shapes.push_back(std::move(dims));
        attr.ranks.push_back(rank);
      } else if (kind == "list(tensor)") {
        attr.tensors.push_back(Tensor::FromValue(item, item_what));
      } else {
        ThrowError(env, TF_INVALID_ARGUMENT,
                   what + ": unsupported list kind (list(func) and others go through kind 'proto')");
      }
    }
  } else {
    ThrowError(env, TF_INVALID_ARGUMENT, what + ": unknown attribute kind");
  }
  return attr;
}

// Applies a parsed attribute; failures (only possible for tensors and protos) go to `status`.
void ApplyAttr(const TfApi& api, TF_OperationDescription* desc, const ParsedAttr& attr, TF_Status* status) {
  const char* name = attr.name.c_str();
  const std::string& kind = attr.kind;
  if (kind == "string") {
    api.TF_SetAttrString(desc, name, attr.text.data(), attr.text.size());
  } else if (kind == "func") {
    api.TF_SetAttrFuncName(desc, name, attr.text.data(), attr.text.size());
  } else if (kind == "placeholder") {
    api.TF_SetAttrPlaceholder(desc, name, attr.text.c_str());
  } else if (kind == "proto") {
    api.TF_SetAttrValueProto(desc, name, attr.text.data(), attr.text.size(), status);
  } else if (kind == "int") {
    api.TF_SetAttrInt(desc, name, attr.integer);
  } else if (kind == "float") {
    api.TF_SetAttrFloat(desc, name, attr.real);
  } else if (kind == "bool") {
    api.TF_SetAttrBool(desc, name, attr.flag ? 1 : 0);
  } else if (kind == "type") {
    api.TF_SetAttrType(desc, name, attr.type);
  } else if (kind == "shape") {
    api.TF_SetAttrShape(desc, name, attr.dims.data(), attr.rank);
  } else if (kind == "tensor") {
    api.TF_SetAttrTensor(desc, name, attr.tensors[0]->get(), status);
  } else if (kind == "list(string)") {
    std::vector<const void*> values;
    std::vector<size_t> lengths;
    for (const auto& text : attr.texts) {
      values.push_back(text.data());
      lengths.push_back(text.size());
    }
    api.TF_SetAttrStringList(desc, name, values.data(), lengths.data(), static_cast<int>(values.size()));
  } else if (kind == "list(int)") {
    api.TF_SetAttrIntList(desc, name, attr.integers.data(), static_cast<int>(attr.integers.size()));
  } else if (kind == "list(float)") {
    api.TF_SetAttrFloatList(desc, name, attr.reals.data(), static_cast<int>(attr.reals.size()));
  } else if (kind == "list(bool)") {
    api.TF_SetAttrBoolList(desc, name, attr.flags.data(), static_cast<int>(attr.flags.size()));
  } else if (kind == "list(type)") {
    api.TF_SetAttrTypeList(desc, name, attr.types.data(), static_cast<int>(attr.types.size()));
  } else if (kind == "list(shape)") {
    std::vector<const int64_t*> dims;
    for (const auto& shape : attr.shapes) dims.push_back(shape.data());
    api.TF_SetAttrShapeList(desc, name, dims.data(), attr.ranks.data(), static_cast<int>(dims.size()));
  } else if (kind == "list(tensor)") {
    std::vector<TF_Tensor*> tensors;
    for (const auto& box : attr.tensors) tensors.push_back(box->get());
    api.TF_SetAttrTensorList(desc, name, tensors.data(), static_cast<int>(tensors.size()), status);
  }
}

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

}  // namespace

void Graph::Init(Napi::Env env, Napi::Object exports) {
  Napi::Function constructor = DefineClass(
      env, "Graph",
      {
          Napi::ClassPropertyDescriptor<Graph>(CheckedProperty<Graph, &Graph::AddOperation, &kGraphTag>("Graph", "addOperation")),
          Napi::ClassPropertyDescriptor<Graph>(CheckedProperty<Graph, &Graph::OperationInfo, &kGraphTag>("Graph", "operationInfo")),
          Napi::ClassPropertyDescriptor<Graph>(CheckedProperty<Graph, &Graph::OperationInputs, &kGraphTag>("Graph", "operationInputs")),
          Napi::ClassPropertyDescriptor<Graph>(CheckedProperty<Graph, &Graph::OperationNames, &kGraphTag>("Graph", "operationNames")),
          Napi::ClassPropertyDescriptor<Graph>(CheckedProperty<Graph, &Graph::OutputShape, &kGraphTag>("Graph", "outputShape")),
          Napi::ClassPropertyDescriptor<Graph>(CheckedProperty<Graph, &Graph::AttrValueProto, &kGraphTag>("Graph", "attrValueProto")),
          Napi::ClassPropertyDescriptor<Graph>(CheckedProperty<Graph, &Graph::NodeDef, &kGraphTag>("Graph", "nodeDef")),
          Napi::ClassPropertyDescriptor<Graph>(CheckedProperty<Graph, &Graph::OpDef, &kGraphTag>("Graph", "opDef")),
          Napi::ClassPropertyDescriptor<Graph>(CheckedProperty<Graph, &Graph::ToGraphDef, &kGraphTag>("Graph", "toGraphDef")),
          Napi::ClassPropertyDescriptor<Graph>(CheckedProperty<Graph, &Graph::ImportGraphDef, &kGraphTag>("Graph", "importGraphDef")),
          Napi::ClassPropertyDescriptor<Graph>(CheckedProperty<Graph, &Graph::AddGradients, &kGraphTag>("Graph", "addGradients")),
          Napi::ClassPropertyDescriptor<Graph>(CheckedProperty<Graph, &Graph::AddFunction, &kGraphTag>("Graph", "addFunction")),
          Napi::ClassPropertyDescriptor<Graph>(CheckedProperty<Graph, &Graph::Dispose, &kGraphTag>("Graph", "dispose")),
          Napi::ClassPropertyDescriptor<Graph>(CheckedProperty<Graph, &Graph::GetDisposed, &kGraphTag>("Graph", "disposed", true)),
      });
  GetAddonData(env).graph_constructor = Napi::Persistent(constructor);
  exports.Set("Graph", constructor);
}

Graph::Graph(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Graph>(info) {
  Napi::Env env = info.Env();
  info.This().As<Napi::Object>().TypeTag(&kGraphTag);
  if (info.Length() == 1 && info[0].IsExternal()) {
    box_ = *info[0].As<Napi::External<std::shared_ptr<GraphBox>>>().Data();
    return;
  }
  const TfApi& api = Api(env);
  box_ = std::make_shared<GraphBox>(api, api.TF_NewGraph());
}

Napi::Object Graph::Wrap(Napi::Env env, std::shared_ptr<GraphBox> box) {
  auto external = Napi::External<std::shared_ptr<GraphBox>>::New(env, &box);
  return GetAddonData(env).graph_constructor.New({external});
}

std::shared_ptr<GraphBox> Graph::FromValue(const Napi::Value& value, const std::string& what) {
  Napi::Env env = value.Env();
  if (!value.IsObject() || !value.As<Napi::Object>().CheckTypeTag(&kGraphTag))
    ThrowError(env, TF_INVALID_ARGUMENT, what + " must be a Graph");
  Graph* graph = Napi::ObjectWrap<Graph>::Unwrap(value.As<Napi::Object>());
  if (!graph->box_) ThrowError(env, TF_FAILED_PRECONDITION, what + ": the Graph has been disposed");
  return graph->box_;
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

Napi::Value Graph::AddOperation(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  TF_Graph* graph = Live(env);
  if (!info[0].IsObject()) ThrowError(env, TF_INVALID_ARGUMENT, "operation spec must be an object");
  Napi::Object spec = info[0].As<Napi::Object>();
  std::string type = ArgString(spec.Get("type"), "operation type");
  std::string name = ArgString(spec.Get("name"), "operation name");
  if (name.empty()) ThrowError(env, TF_INVALID_ARGUMENT, "operation name must not be empty");
  const std::string label = "operation '" + name + "' (" + type + ")";
  if (CrashesTensorFlowWhenBuilt(type))
    ThrowError(env, TF_UNIMPLEMENTED, label + ": this op type aborts TensorFlow 2.21 when built from the C API; hydra-tf refuses it");

  // Parse everything first (see ParsedAttr).
  std::vector<ParsedInput> inputs;
  Napi::Value inputs_value = spec.Get("inputs");
  if (!inputs_value.IsUndefined()) {
    Napi::Array items = ArgArray(inputs_value, label + ": inputs");
    for (uint32_t i = 0; i < items.Length(); i++) {
      std::string what = label + ": input " + std::to_string(i);
      Napi::Array item = ArgArray(items.Get(i), what);
      ParsedInput input;
      // [opName, index] is one tensor; [[opName, index], ...] (or []) is a list.
      if (item.Length() == 2 && item.Get(0u).IsString()) {
        input.outputs.push_back(Output(env, graph, item, what));
      } else {
        input.is_list = true;
        input.outputs = ArgOutputs(env, graph, item, what);
      }
      inputs.push_back(std::move(input));
    }
  }
  std::vector<TF_Operation*> control_inputs;
  Napi::Value control_value = spec.Get("controlInputs");
  if (!control_value.IsUndefined()) {
    Napi::Array items = ArgArray(control_value, label + ": controlInputs");
    for (uint32_t i = 0; i < items.Length(); i++)
      control_inputs.push_back(Operation(env, graph, items.Get(i), label + ": control input"));
  }
  std::vector<TF_Operation*> colocate_with;
  Napi::Value colocate_value = spec.Get("colocateWith");
  if (!colocate_value.IsUndefined()) {
    Napi::Array items = ArgArray(colocate_value, label + ": colocateWith");
    for (uint32_t i = 0; i < items.Length(); i++)
      colocate_with.push_back(Operation(env, graph, items.Get(i), label + ": colocateWith"));
  }
  std::string device;
  Napi::Value device_value = spec.Get("device");
  if (!device_value.IsUndefined() && !device_value.IsNull()) device = ArgString(device_value, label + ": device");
  std::vector<ParsedAttr> attrs;
  Napi::Value attrs_value = spec.Get("attrs");
  if (!attrs_value.IsUndefined()) {
    Napi::Array items = ArgArray(attrs_value, label + ": attrs");
    for (uint32_t i = 0; i < items.Length(); i++) attrs.push_back(ParseAttr(items.Get(i), label));
  }

  // Build. From here on the description is always finished, error or not.
  TF_OperationDescription* desc = api.TF_NewOperation(graph, type.c_str(), name.c_str());
  if (!device.empty()) api.TF_SetDevice(desc, device.c_str());
  for (const auto& input : inputs) {
    if (input.is_list) {
      api.TF_AddInputList(desc, input.outputs.data(), static_cast<int>(input.outputs.size()));
    } else {
      api.TF_AddInput(desc, input.outputs[0]);
    }
  }
  for (TF_Operation* op : control_inputs) api.TF_AddControlInput(desc, op);
  for (TF_Operation* op : colocate_with) api.TF_ColocateWith(desc, op);
  Status attr_status(api);
  std::string attr_error;
  for (const auto& attr : attrs) {
    ApplyAttr(api, desc, attr, attr_status.get());
    if (!attr_status.ok() && attr_error.empty())
      attr_error = "attribute '" + attr.name + "': " + attr_status.message();
  }
  Status status(api);
  TF_Operation* op = api.TF_FinishOperation(desc, status.get());
  status.ThrowIfError(env, label);
  if (!attr_error.empty()) ThrowError(env, TF_INVALID_ARGUMENT, label + ": " + attr_error);
  return Napi::String::New(env, api.TF_OperationName(op));
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
  std::unique_ptr<TF_Function, void (*)(TF_Function*)> owned(function, api.TF_DeleteFunction);
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

  TF_ImportGraphDefOptions* opts = api.TF_NewImportGraphDefOptions();
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
  TF_ImportGraphDefResults* results =
      api.TF_GraphImportGraphDefWithResults(graph, graph_def.get(), opts, status.get());
  api.TF_DeleteImportGraphDefOptions(opts);
  status.ThrowIfError(env, "importGraphDef");

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
  api.TF_DeleteImportGraphDefResults(results);
  return result;
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

Napi::Value Graph::Dispose(const Napi::CallbackInfo& info) {
  box_.reset();
  return info.Env().Undefined();
}

Napi::Value Graph::GetDisposed(const Napi::CallbackInfo& info) { return Napi::Boolean::New(info.Env(), !box_); }

}  // namespace hydra
