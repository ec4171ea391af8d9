// The TensorFlow C API as a table of function pointers, bound at run time with
// dlopen/dlsym from the library path that the TypeScript loader resolved. One
// prebuilt addon can then serve any TensorFlow 2.x build (CPU or GPU).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#ifdef HYDRA_TF_REAL_HEADERS
#include <tensorflow/c/c_api.h>
#include <tensorflow/c/tf_tstring.h>
#else
extern "C" {
#include "tf_c_types.inc"
}
#endif

// X(name, return type, parameter list). Every function the addon calls is listed
// here exactly once; the declarations check compares each entry with c_api.h.
#define HYDRA_TF_FUNCTIONS(X)                                                          \
  X(TF_Version, const char*, (void))                                                   \
  X(TF_GetAllOpList, TF_Buffer*, (void))                                               \
  X(TF_DataTypeSize, size_t, (TF_DataType))                                            \
  X(TF_NewStatus, TF_Status*, (void))                                                  \
  X(TF_DeleteStatus, void, (TF_Status*))                                               \
  X(TF_GetCode, TF_Code, (const TF_Status*))                                           \
  X(TF_Message, const char*, (const TF_Status*))                                       \
  X(TF_NewBuffer, TF_Buffer*, (void))                                                  \
  X(TF_NewBufferFromString, TF_Buffer*, (const void*, size_t))                         \
  X(TF_DeleteBuffer, void, (TF_Buffer*))                                               \
  X(TF_AllocateTensor, TF_Tensor*, (TF_DataType, const int64_t*, int, size_t))         \
  X(TF_DeleteTensor, void, (TF_Tensor*))                                               \
  X(TF_TensorType, TF_DataType, (const TF_Tensor*))                                    \
  X(TF_NumDims, int, (const TF_Tensor*))                                               \
  X(TF_Dim, int64_t, (const TF_Tensor*, int))                                          \
  X(TF_TensorByteSize, size_t, (const TF_Tensor*))                                     \
  X(TF_TensorData, void*, (const TF_Tensor*))                                          \
  X(TF_TensorElementCount, int64_t, (const TF_Tensor*))                                \
  X(TF_TensorBitcastFrom, void,                                                        \
    (const TF_Tensor*, TF_DataType, TF_Tensor*, const int64_t*, int, TF_Status*))      \
  X(TF_StringInit, void, (TF_TString*))                                                \
  X(TF_StringCopy, void, (TF_TString*, const char*, size_t))                           \
  X(TF_StringGetDataPointer, const char*, (const TF_TString*))                         \
  X(TF_StringGetSize, size_t, (const TF_TString*))                                     \
  X(TF_StringDealloc, void, (TF_TString*))                                             \
  X(TF_NewGraph, TF_Graph*, (void))                                                    \
  X(TF_DeleteGraph, void, (TF_Graph*))                                                 \
  X(TF_NewOperation, TF_OperationDescription*, (TF_Graph*, const char*, const char*))  \
  X(TF_SetDevice, void, (TF_OperationDescription*, const char*))                       \
  X(TF_AddInput, void, (TF_OperationDescription*, TF_Output))                          \
  X(TF_AddInputList, void, (TF_OperationDescription*, const TF_Output*, int))          \
  X(TF_AddControlInput, void, (TF_OperationDescription*, TF_Operation*))               \
  X(TF_ColocateWith, void, (TF_OperationDescription*, TF_Operation*))                  \
  X(TF_SetAttrString, void, (TF_OperationDescription*, const char*, const void*, size_t)) \
  X(TF_SetAttrStringList, void,                                                        \
    (TF_OperationDescription*, const char*, const void* const*, const size_t*, int))   \
  X(TF_SetAttrInt, void, (TF_OperationDescription*, const char*, int64_t))             \
  X(TF_SetAttrIntList, void, (TF_OperationDescription*, const char*, const int64_t*, int)) \
  X(TF_SetAttrFloat, void, (TF_OperationDescription*, const char*, float))             \
  X(TF_SetAttrFloatList, void, (TF_OperationDescription*, const char*, const float*, int)) \
  X(TF_SetAttrBool, void, (TF_OperationDescription*, const char*, unsigned char))      \
  X(TF_SetAttrBoolList, void,                                                          \
    (TF_OperationDescription*, const char*, const unsigned char*, int))                \
  X(TF_SetAttrType, void, (TF_OperationDescription*, const char*, TF_DataType))        \
  X(TF_SetAttrTypeList, void,                                                          \
    (TF_OperationDescription*, const char*, const TF_DataType*, int))                  \
  X(TF_SetAttrPlaceholder, void, (TF_OperationDescription*, const char*, const char*)) \
  X(TF_SetAttrFuncName, void, (TF_OperationDescription*, const char*, const char*, size_t)) \
  X(TF_SetAttrShape, void, (TF_OperationDescription*, const char*, const int64_t*, int)) \
  X(TF_SetAttrShapeList, void,                                                         \
    (TF_OperationDescription*, const char*, const int64_t* const*, const int*, int))   \
  X(TF_SetAttrTensor, void,                                                            \
    (TF_OperationDescription*, const char*, TF_Tensor*, TF_Status*))                   \
  X(TF_SetAttrTensorList, void,                                                        \
    (TF_OperationDescription*, const char*, TF_Tensor* const*, int, TF_Status*))       \
  X(TF_SetAttrValueProto, void,                                                        \
    (TF_OperationDescription*, const char*, const void*, size_t, TF_Status*))          \
  X(TF_FinishOperation, TF_Operation*, (TF_OperationDescription*, TF_Status*))         \
  X(TF_OperationName, const char*, (TF_Operation*))                                    \
  X(TF_OperationOpType, const char*, (TF_Operation*))                                  \
  X(TF_OperationDevice, const char*, (TF_Operation*))                                  \
  X(TF_OperationNumOutputs, int, (TF_Operation*))                                      \
  X(TF_OperationOutputType, TF_DataType, (TF_Output))                                  \
  X(TF_OperationNumInputs, int, (TF_Operation*))                                       \
  X(TF_OperationInput, TF_Output, (TF_Input))                                          \
  X(TF_OperationNumControlInputs, int, (TF_Operation*))                                \
  X(TF_OperationGetControlInputs, int, (TF_Operation*, TF_Operation**, int))           \
  X(TF_OperationGetAttrValueProto, void,                                               \
    (TF_Operation*, const char*, TF_Buffer*, TF_Status*))                              \
  X(TF_OperationToNodeDef, void, (TF_Operation*, TF_Buffer*, TF_Status*))              \
  X(TF_GraphOperationByName, TF_Operation*, (TF_Graph*, const char*))                  \
  X(TF_GraphNextOperation, TF_Operation*, (TF_Graph*, size_t*))                        \
  X(TF_GraphGetTensorNumDims, int, (TF_Graph*, TF_Output, TF_Status*))                 \
  X(TF_GraphGetTensorShape, void, (TF_Graph*, TF_Output, int64_t*, int, TF_Status*))   \
  X(TF_GraphToGraphDef, void, (TF_Graph*, TF_Buffer*, TF_Status*))                     \
  X(TF_GraphGetOpDef, void, (TF_Graph*, const char*, TF_Buffer*, TF_Status*))          \
  X(TF_NewImportGraphDefOptions, TF_ImportGraphDefOptions*, (void))                    \
  X(TF_DeleteImportGraphDefOptions, void, (TF_ImportGraphDefOptions*))                 \
  X(TF_ImportGraphDefOptionsSetPrefix, void, (TF_ImportGraphDefOptions*, const char*)) \
  X(TF_ImportGraphDefOptionsSetDefaultDevice, void,                                    \
    (TF_ImportGraphDefOptions*, const char*))                                          \
  X(TF_ImportGraphDefOptionsSetUniquifyNames, void,                                    \
    (TF_ImportGraphDefOptions*, unsigned char))                                        \
  X(TF_ImportGraphDefOptionsAddInputMapping, void,                                     \
    (TF_ImportGraphDefOptions*, const char*, int, TF_Output))                          \
  X(TF_ImportGraphDefOptionsAddReturnOutput, void,                                     \
    (TF_ImportGraphDefOptions*, const char*, int))                                     \
  X(TF_ImportGraphDefOptionsAddReturnOperation, void,                                  \
    (TF_ImportGraphDefOptions*, const char*))                                          \
  X(TF_GraphImportGraphDefWithResults, TF_ImportGraphDefResults*,                      \
    (TF_Graph*, const TF_Buffer*, const TF_ImportGraphDefOptions*, TF_Status*))        \
  X(TF_ImportGraphDefResultsReturnOutputs, void,                                       \
    (TF_ImportGraphDefResults*, int*, TF_Output**))                                    \
  X(TF_ImportGraphDefResultsReturnOperations, void,                                    \
    (TF_ImportGraphDefResults*, int*, TF_Operation***))                                \
  X(TF_ImportGraphDefResultsMissingUnusedInputMappings, void,                          \
    (TF_ImportGraphDefResults*, int*, const char***, int**))                           \
  X(TF_DeleteImportGraphDefResults, void, (TF_ImportGraphDefResults*))                 \
  X(TF_AddGradientsWithPrefix, void,                                                   \
    (TF_Graph*, const char*, TF_Output*, int, TF_Output*, int, TF_Output*, TF_Status*, \
     TF_Output*))                                                                      \
  X(TF_GraphToFunctionWithControlOutputs, TF_Function*,                                \
    (const TF_Graph*, const char*, unsigned char, int, const TF_Operation* const*, int,  \
     const TF_Output*, int, const TF_Output*, const char* const*, int,                  \
     const TF_Operation* const*, const char* const*, const TF_FunctionOptions*,         \
     const char*, TF_Status*))                                                          \
  X(TF_GraphCopyFunction, void,                                                        \
    (TF_Graph*, const TF_Function*, const TF_Function*, TF_Status*))                   \
  X(TF_FunctionToFunctionDef, void, (TF_Function*, TF_Buffer*, TF_Status*))            \
  X(TF_DeleteFunction, void, (TF_Function*))                                           \
  X(TF_FunctionSetAttrValueProto, void,                                                \
    (TF_Function*, const char*, const void*, size_t, TF_Status*))                      \
  X(TF_NewSessionOptions, TF_SessionOptions*, (void))                                  \
  X(TF_DeleteSessionOptions, void, (TF_SessionOptions*))                               \
  X(TF_SetTarget, void, (TF_SessionOptions*, const char*))                             \
  X(TF_SetConfig, void, (TF_SessionOptions*, const void*, size_t, TF_Status*))         \
  X(TF_NewSession, TF_Session*, (TF_Graph*, const TF_SessionOptions*, TF_Status*))     \
  X(TF_CloseSession, void, (TF_Session*, TF_Status*))                                  \
  X(TF_DeleteSession, void, (TF_Session*, TF_Status*))                                 \
  X(TF_SessionRun, void,                                                               \
    (TF_Session*, const TF_Buffer*, const TF_Output*, TF_Tensor* const*, int,          \
     const TF_Output*, TF_Tensor**, int, const TF_Operation* const*, int, TF_Buffer*,  \
     TF_Status*))                                                                      \
  X(TF_SessionListDevices, TF_DeviceList*, (TF_Session*, TF_Status*))                  \
  X(TF_DeleteDeviceList, void, (TF_DeviceList*))                                       \
  X(TF_DeviceListCount, int, (const TF_DeviceList*))                                   \
  X(TF_DeviceListName, const char*, (const TF_DeviceList*, int, TF_Status*))           \
  X(TF_DeviceListType, const char*, (const TF_DeviceList*, int, TF_Status*))           \
  X(TF_DeviceListMemoryBytes, int64_t, (const TF_DeviceList*, int, TF_Status*))        \
  X(TF_DeviceListIncarnation, uint64_t, (const TF_DeviceList*, int, TF_Status*))       \
  X(TF_LoadSessionFromSavedModel, TF_Session*,                                         \
    (const TF_SessionOptions*, const TF_Buffer*, const char*, const char* const*, int,  \
     TF_Graph*, TF_Buffer*, TF_Status*)) \
  X(TF_NewServer, TF_Server*, (const void*, size_t, TF_Status*))                       \
  X(TF_ServerStart, void, (TF_Server*, TF_Status*))                                    \
  X(TF_ServerStop, void, (TF_Server*, TF_Status*))                                     \
  X(TF_ServerJoin, void, (TF_Server*, TF_Status*))                                     \
  X(TF_ServerTarget, const char*, (TF_Server*))                                        \
  X(TF_DeleteServer, void, (TF_Server*))

namespace hydra {

struct TfApi {
#define HYDRA_TF_DECLARE_POINTER(name, ret, params) ret(*name) params = nullptr;
  HYDRA_TF_FUNCTIONS(HYDRA_TF_DECLARE_POINTER)
#undef HYDRA_TF_DECLARE_POINTER
};

// Opens the library at `path` and resolves every function of the table. On
// failure returns nullptr and sets `error` (dlopen's message, or the list of
// missing symbols). Loading is process-wide and happens once: a second call
// with the same path returns the same table, a different path is an error.
const TfApi* LoadTfApi(const std::string& path, std::string* error);

// The table loaded by LoadTfApi, or nullptr before that.
const TfApi* LoadedTfApi();

// The path the table was loaded from ("" before loading).
std::string LoadedTfApiPath();

}  // namespace hydra
