// graph.addOperation: one operation built from a JS spec. Everything in the spec is parsed
// and checked before TensorFlow sees any of it: a TF_OperationDescription cannot be
// abandoned once started, so a bad value found halfway would leave a half-built operation.
#include <memory>
#include <string>
#include <vector>

#include "graph.h"
#include "tensor.h"

namespace hydra {

bool CrashesTensorFlowWhenBuilt(const std::string& type) {
  return type == "SplitDedupData" || type == "_FusedQuantizedConv2D" || type == "_FusedQuantizedDepthwiseConv2D";
}

namespace {

// The attribute kinds JS can send (lib/core/graph.ts's convertAttr); list(func) and other
// kinds with no setter of their own arrive as kind 'proto' (a serialized AttrValue).
enum class AttrKind {
  kString, kFunc, kPlaceholder, kProto, kInt, kFloat, kBool, kType, kShape, kTensor,
  kStringList, kIntList, kFloatList, kBoolList, kTypeList, kShapeList, kTensorList,
};

struct AttrKindName {
  const char* name;
  AttrKind kind;
};

constexpr AttrKindName kAttrKinds[] = {
    {"string", AttrKind::kString},           {"func", AttrKind::kFunc},
    {"placeholder", AttrKind::kPlaceholder}, {"proto", AttrKind::kProto},
    {"int", AttrKind::kInt},                 {"float", AttrKind::kFloat},
    {"bool", AttrKind::kBool},               {"type", AttrKind::kType},
    {"shape", AttrKind::kShape},             {"tensor", AttrKind::kTensor},
    {"list(string)", AttrKind::kStringList}, {"list(int)", AttrKind::kIntList},
    {"list(float)", AttrKind::kFloatList},   {"list(bool)", AttrKind::kBoolList},
    {"list(type)", AttrKind::kTypeList},     {"list(shape)", AttrKind::kShapeList},
    {"list(tensor)", AttrKind::kTensorList},
};

bool IsList(AttrKind kind) { return kind >= AttrKind::kStringList; }

// The kind named `name`; `what` names the attribute in the error for a name no setter takes.
AttrKind ParseAttrKind(Napi::Env env, const std::string& name, const std::string& what) {
  for (const auto& entry : kAttrKinds)
    if (name == entry.name) return entry.kind;
  if (name.rfind("list(", 0) == 0)
    ThrowError(env, TF_INVALID_ARGUMENT, what + ": unsupported list kind (list(func) and others go through kind 'proto')");
  ThrowError(env, TF_INVALID_ARGUMENT, what + ": unknown attribute kind");
}

// A shape attribute: null is unknown rank, an array of sizes (-1 unknown) otherwise.
void ArgAttrShape(const Napi::Value& value, const std::string& what, std::vector<int64_t>* dims, int* rank) {
  if (IsAbsent(value)) {
    dims->clear();
    *rank = -1;
    return;
  }
  *dims = ArgShape(value, what, true);
  *rank = static_cast<int>(dims->size());
}

bool ArgBool(const Napi::Value& value, const std::string& what) {
  if (!value.IsBoolean()) ThrowError(value.Env(), TF_INVALID_ARGUMENT, what + " must be a boolean");
  return value.As<Napi::Boolean>().Value();
}

// One attribute, parsed from a JS [name, kind, value] entry. A scalar kind fills the first
// member of its pair, a list kind the vector.
struct ParsedAttr {
  std::string name;
  AttrKind kind = AttrKind::kString;
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

  static ParsedAttr Parse(const Napi::Value& entry, const std::string& op_label) {
    Napi::Env env = entry.Env();
    Napi::Array triple = ArgArray(entry, op_label + ": attribute entry");
    if (triple.Length() != 3)
      ThrowError(env, TF_INVALID_ARGUMENT, op_label + ": attribute entries are [name, kind, value]");
    ParsedAttr attr;
    attr.name = ArgString(triple.Get(0u), op_label + ": attribute name");
    std::string kind_name = ArgString(triple.Get(1u), op_label + ": attribute kind");
    const std::string what = op_label + ": attribute '" + attr.name + "' (" + kind_name + ")";
    attr.kind = ParseAttrKind(env, kind_name, what);
    Napi::Value value = triple.Get(2u);
    if (!IsList(attr.kind)) {
      attr.AddScalar(value, what);
    } else {
      Napi::Array items = ArgArray(value, what);
      for (uint32_t i = 0; i < items.Length(); i++) attr.AddItem(items.Get(i), what + "[" + std::to_string(i) + "]");
    }
    return attr;
  }

  // Sets the attribute on `desc`; failures (only possible for tensors and protos) go to `status`.
  void Apply(const TfApi& api, TF_OperationDescription* desc, TF_Status* status) const {
    const char* attr_name = name.c_str();
    switch (kind) {
      case AttrKind::kString: api.TF_SetAttrString(desc, attr_name, text.data(), text.size()); break;
      case AttrKind::kFunc: api.TF_SetAttrFuncName(desc, attr_name, text.data(), text.size()); break;
      case AttrKind::kPlaceholder: api.TF_SetAttrPlaceholder(desc, attr_name, text.c_str()); break;
      case AttrKind::kProto: api.TF_SetAttrValueProto(desc, attr_name, text.data(), text.size(), status); break;
      case AttrKind::kInt: api.TF_SetAttrInt(desc, attr_name, integer); break;
      case AttrKind::kFloat: api.TF_SetAttrFloat(desc, attr_name, real); break;
      case AttrKind::kBool: api.TF_SetAttrBool(desc, attr_name, flag ? 1 : 0); break;
      case AttrKind::kType: api.TF_SetAttrType(desc, attr_name, type); break;
      case AttrKind::kShape: api.TF_SetAttrShape(desc, attr_name, dims.data(), rank); break;
      case AttrKind::kTensor: api.TF_SetAttrTensor(desc, attr_name, tensors[0]->get(), status); break;
      case AttrKind::kStringList: {
        std::vector<const void*> values;
        std::vector<size_t> lengths;
        for (const auto& item : texts) {
          values.push_back(item.data());
          lengths.push_back(item.size());
        }
        api.TF_SetAttrStringList(desc, attr_name, values.data(), lengths.data(), static_cast<int>(values.size()));
        break;
      }
      case AttrKind::kIntList:
        api.TF_SetAttrIntList(desc, attr_name, integers.data(), static_cast<int>(integers.size()));
        break;
      case AttrKind::kFloatList:
        api.TF_SetAttrFloatList(desc, attr_name, reals.data(), static_cast<int>(reals.size()));
        break;
      case AttrKind::kBoolList:
        api.TF_SetAttrBoolList(desc, attr_name, flags.data(), static_cast<int>(flags.size()));
        break;
      case AttrKind::kTypeList:
        api.TF_SetAttrTypeList(desc, attr_name, types.data(), static_cast<int>(types.size()));
        break;
      case AttrKind::kShapeList: {
        std::vector<const int64_t*> pointers;
        for (const auto& shape : shapes) pointers.push_back(shape.data());
        api.TF_SetAttrShapeList(desc, attr_name, pointers.data(), ranks.data(), static_cast<int>(pointers.size()));
        break;
      }
      case AttrKind::kTensorList: {
        std::vector<TF_Tensor*> values;
        for (const auto& box : tensors) values.push_back(box->get());
        api.TF_SetAttrTensorList(desc, attr_name, values.data(), static_cast<int>(values.size()), status);
        break;
      }
    }
  }

 private:
  void AddScalar(const Napi::Value& value, const std::string& what) {
    switch (kind) {
      case AttrKind::kString:
      case AttrKind::kFunc:
      case AttrKind::kPlaceholder:
      case AttrKind::kProto: text = ArgText(value, what); break;
      case AttrKind::kInt: integer = ArgInt(value, what); break;
      case AttrKind::kFloat: real = static_cast<float>(ArgNumber(value, what)); break;
      case AttrKind::kBool: flag = ArgBool(value, what); break;
      case AttrKind::kType: type = ArgDtype(value, what); break;
      case AttrKind::kShape: ArgAttrShape(value, what, &dims, &rank); break;
      case AttrKind::kTensor: tensors.push_back(Tensor::FromValue(value, what)); break;
      default: break;  // list kinds go through AddItem
    }
  }

  void AddItem(const Napi::Value& item, const std::string& what) {
    switch (kind) {
      case AttrKind::kStringList: texts.push_back(ArgText(item, what)); break;
      case AttrKind::kIntList: integers.push_back(ArgInt(item, what)); break;
      case AttrKind::kFloatList: reals.push_back(static_cast<float>(ArgNumber(item, what))); break;
      case AttrKind::kBoolList: flags.push_back(ArgBool(item, what) ? 1 : 0); break;
      case AttrKind::kTypeList: types.push_back(ArgDtype(item, what)); break;
      case AttrKind::kShapeList: {
        std::vector<int64_t> item_dims;
        int item_rank = -1;
        ArgAttrShape(item, what, &item_dims, &item_rank);
        shapes.push_back(std::move(item_dims));
        ranks.push_back(item_rank);
        break;
      }
      case AttrKind::kTensorList: tensors.push_back(Tensor::FromValue(item, what)); break;
      default: break;  // scalar kinds go through AddScalar
    }
  }
};

// One input of the operation: [opName, index] is one tensor; [[opName, index], ...] (or []) a list.
struct ParsedInput {
  bool is_list = false;
  std::vector<TF_Output> outputs;
};

// The whole spec of addOperation, parsed (see the file comment).
struct OperationSpec {
  std::string type;
  std::string name;
  std::string label;  // "operation 'name' (Type)" for errors
  std::string device;
  std::vector<ParsedInput> inputs;
  std::vector<TF_Operation*> control_inputs;
  std::vector<TF_Operation*> colocate_with;
  std::vector<ParsedAttr> attrs;

  static OperationSpec Parse(Napi::Env env, TF_Graph* graph, const Napi::Value& value) {
    if (!value.IsObject()) ThrowError(env, TF_INVALID_ARGUMENT, "operation spec must be an object");
    Napi::Object spec = value.As<Napi::Object>();
    OperationSpec parsed;
    parsed.type = ArgString(spec.Get("type"), "operation type");
    parsed.name = ArgString(spec.Get("name"), "operation name");
    if (parsed.name.empty()) ThrowError(env, TF_INVALID_ARGUMENT, "operation name must not be empty");
    const std::string& label = parsed.label = "operation '" + parsed.name + "' (" + parsed.type + ")";
    if (CrashesTensorFlowWhenBuilt(parsed.type))
      ThrowError(env, TF_UNIMPLEMENTED, label + ": this op type aborts TensorFlow 2.21 when built from the C API; hydra-tf refuses it");

    Napi::Value inputs = spec.Get("inputs");
    if (!inputs.IsUndefined()) {
      Napi::Array items = ArgArray(inputs, label + ": inputs");
      for (uint32_t i = 0; i < items.Length(); i++) {
        std::string what = label + ": input " + std::to_string(i);
        Napi::Array item = ArgArray(items.Get(i), what);
        ParsedInput input;
        if (item.Length() == 2 && item.Get(0u).IsString()) {
          input.outputs.push_back(Graph::Output(env, graph, item, what));
        } else {
          input.is_list = true;
          input.outputs = ArgOutputs(env, graph, item, what);
        }
        parsed.inputs.push_back(std::move(input));
      }
    }
    parsed.control_inputs = Operations(env, graph, spec.Get("controlInputs"), label + ": controlInputs", label + ": control input");
    parsed.colocate_with = Operations(env, graph, spec.Get("colocateWith"), label + ": colocateWith", label + ": colocateWith");
    Napi::Value device = spec.Get("device");
    if (!IsAbsent(device)) parsed.device = ArgString(device, label + ": device");
    Napi::Value attrs = spec.Get("attrs");
    if (!attrs.IsUndefined()) {
      Napi::Array items = ArgArray(attrs, label + ": attrs");
      for (uint32_t i = 0; i < items.Length(); i++) parsed.attrs.push_back(ParsedAttr::Parse(items.Get(i), label));
    }
    return parsed;
  }

  // Builds the operation. The description is always finished, error or not.
  TF_Operation* Build(Napi::Env env, const TfApi& api, TF_Graph* graph) const {
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
      attr.Apply(api, desc, attr_status.get());
      if (!attr_status.ok() && attr_error.empty())
        attr_error = "attribute '" + attr.name + "': " + attr_status.message();
    }
    Status status(api);
    TF_Operation* op = api.TF_FinishOperation(desc, status.get());
    status.ThrowIfError(env, label);
    if (!attr_error.empty()) ThrowError(env, TF_INVALID_ARGUMENT, label + ": " + attr_error);
    return op;
  }

 private:
  // An optional array of operation names.
  static std::vector<TF_Operation*> Operations(Napi::Env env, TF_Graph* graph, const Napi::Value& value,
                                               const std::string& what_list, const std::string& what_item) {
    std::vector<TF_Operation*> result;
    if (value.IsUndefined()) return result;
    Napi::Array items = ArgArray(value, what_list);
    for (uint32_t i = 0; i < items.Length(); i++) result.push_back(Graph::Operation(env, graph, items.Get(i), what_item));
    return result;
  }
};

}  // namespace

Napi::Value Graph::AddOperation(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const TfApi& api = Api(env);
  TF_Graph* graph = Live(env);
  OperationSpec spec = OperationSpec::Parse(env, graph, info[0]);
  return Napi::String::New(env, api.TF_OperationName(spec.Build(env, api, graph)));
}

}  // namespace hydra
