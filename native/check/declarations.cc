// Compile-time check that the addon's own declarations of the TensorFlow C API
// (native/tf_c_types.inc and the HYDRA_TF_FUNCTIONS table) agree with the real
// headers of the libtensorflow being built against. Compiled by CMake (target
// hydra_tf_declarations_check) and by `npm test`; it produces no code.
#define HYDRA_TF_REAL_HEADERS 1
#include <cstddef>
#include <type_traits>

#include "../tf_api.h"

namespace ours {
#include "../tf_c_types.inc"
}

#define HYDRA_CHECK_SIGNATURE(name, ret, params)                    \
  static_assert(std::is_same_v<decltype(&::name), ret(*) params>, \
                #name " is declared differently in c_api.h");
HYDRA_TF_FUNCTIONS(HYDRA_CHECK_SIGNATURE)

#define HYDRA_CHECK_LAYOUT(type, field)                                          \
  static_assert(offsetof(::type, field) == offsetof(ours::type, field), \
                #type "." #field " has a different offset in the real headers");
static_assert(sizeof(::TF_Buffer) == sizeof(ours::TF_Buffer), "TF_Buffer size");
HYDRA_CHECK_LAYOUT(TF_Buffer, data)
HYDRA_CHECK_LAYOUT(TF_Buffer, length)
HYDRA_CHECK_LAYOUT(TF_Buffer, data_deallocator)
static_assert(sizeof(::TF_Output) == sizeof(ours::TF_Output), "TF_Output size");
HYDRA_CHECK_LAYOUT(TF_Output, oper)
HYDRA_CHECK_LAYOUT(TF_Output, index)
static_assert(sizeof(::TF_Input) == sizeof(ours::TF_Input), "TF_Input size");
HYDRA_CHECK_LAYOUT(TF_Input, oper)
HYDRA_CHECK_LAYOUT(TF_Input, index)
static_assert(sizeof(::TF_TString) == sizeof(ours::TF_TString), "TF_TString size");
static_assert(alignof(::TF_TString) == alignof(ours::TF_TString), "TF_TString alignment");
static_assert(sizeof(::TF_DataType) == sizeof(ours::TF_DataType), "TF_DataType size");
static_assert(sizeof(::TF_Code) == sizeof(ours::TF_Code), "TF_Code size");

#define HYDRA_CHECK_ENUM(value) \
  static_assert(static_cast<int>(::value) == static_cast<int>(ours::value), #value);
HYDRA_CHECK_ENUM(TF_OK)
HYDRA_CHECK_ENUM(TF_CANCELLED)
HYDRA_CHECK_ENUM(TF_UNKNOWN)
HYDRA_CHECK_ENUM(TF_INVALID_ARGUMENT)
HYDRA_CHECK_ENUM(TF_DEADLINE_EXCEEDED)
HYDRA_CHECK_ENUM(TF_NOT_FOUND)
HYDRA_CHECK_ENUM(TF_ALREADY_EXISTS)
HYDRA_CHECK_ENUM(TF_PERMISSION_DENIED)
HYDRA_CHECK_ENUM(TF_UNAUTHENTICATED)
HYDRA_CHECK_ENUM(TF_RESOURCE_EXHAUSTED)
HYDRA_CHECK_ENUM(TF_FAILED_PRECONDITION)
HYDRA_CHECK_ENUM(TF_ABORTED)
HYDRA_CHECK_ENUM(TF_OUT_OF_RANGE)
HYDRA_CHECK_ENUM(TF_UNIMPLEMENTED)
HYDRA_CHECK_ENUM(TF_INTERNAL)
HYDRA_CHECK_ENUM(TF_UNAVAILABLE)
HYDRA_CHECK_ENUM(TF_DATA_LOSS)
HYDRA_CHECK_ENUM(TF_FLOAT)
HYDRA_CHECK_ENUM(TF_DOUBLE)
HYDRA_CHECK_ENUM(TF_INT32)
HYDRA_CHECK_ENUM(TF_UINT8)
HYDRA_CHECK_ENUM(TF_INT16)
HYDRA_CHECK_ENUM(TF_INT8)
HYDRA_CHECK_ENUM(TF_STRING)
HYDRA_CHECK_ENUM(TF_COMPLEX64)
HYDRA_CHECK_ENUM(TF_INT64)
HYDRA_CHECK_ENUM(TF_BOOL)
HYDRA_CHECK_ENUM(TF_QINT8)
HYDRA_CHECK_ENUM(TF_QUINT8)
HYDRA_CHECK_ENUM(TF_QINT32)
HYDRA_CHECK_ENUM(TF_BFLOAT16)
HYDRA_CHECK_ENUM(TF_QINT16)
HYDRA_CHECK_ENUM(TF_QUINT16)
HYDRA_CHECK_ENUM(TF_UINT16)
HYDRA_CHECK_ENUM(TF_COMPLEX128)
HYDRA_CHECK_ENUM(TF_HALF)
HYDRA_CHECK_ENUM(TF_RESOURCE)
HYDRA_CHECK_ENUM(TF_VARIANT)
HYDRA_CHECK_ENUM(TF_UINT32)
HYDRA_CHECK_ENUM(TF_UINT64)
