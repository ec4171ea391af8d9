// Native tests of the run-time binding (native/tf_api.cc), without Node.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "tf_api.h"

namespace {

std::string LibraryPath() {
  const char* from_env = std::getenv("HYDRA_TF_LIBRARY");
  return from_env != nullptr ? from_env : HYDRA_TF_LIBRARY;
}

// These run before any successful load: a failed load leaves nothing loaded.
TEST(TfApiLoad, AMissingFileIsAClearError) {
  std::string error;
  EXPECT_EQ(hydra::LoadTfApi("/nonexistent/libtensorflow.so.2", &error), nullptr);
  EXPECT_NE(error.find("cannot load libtensorflow from /nonexistent/libtensorflow.so.2"), std::string::npos) << error;
  EXPECT_EQ(hydra::LoadedTfApi(), nullptr);
}

TEST(TfApiLoad, ALibraryWithoutTheCApiNamesTheMissingSymbols) {
  std::string error;
  EXPECT_EQ(hydra::LoadTfApi("libm.so.6", &error), nullptr);
  EXPECT_NE(error.find("lacks"), std::string::npos) << error;
  EXPECT_NE(error.find("TF_Version"), std::string::npos) << error;
  EXPECT_NE(error.find("TF_SessionRun"), std::string::npos) << error;
  EXPECT_EQ(hydra::LoadedTfApi(), nullptr);
}

TEST(TfApiLoad, TheRealLibraryResolvesEverySymbolAndRunsAGraph) {
  std::string error;
  const hydra::TfApi* api = hydra::LoadTfApi(LibraryPath(), &error);
  ASSERT_NE(api, nullptr) << error;
  EXPECT_STREQ(api->TF_Version(), "2.21.0");
  EXPECT_EQ(hydra::LoadedTfApiPath(), LibraryPath());
  // Loading the same path again returns the same table; another path is refused.
  EXPECT_EQ(hydra::LoadTfApi(LibraryPath(), &error), api);
  EXPECT_EQ(hydra::LoadTfApi("/other/libtensorflow.so.2", &error), nullptr);
  EXPECT_NE(error.find("already loaded"), std::string::npos) << error;

  // 2 + 3 through a graph and a session.
  TF_Status* status = api->TF_NewStatus();
  TF_Graph* graph = api->TF_NewGraph();
  auto constant = [&](const char* name, float value) {
    TF_Tensor* tensor = api->TF_AllocateTensor(TF_FLOAT, nullptr, 0, sizeof(float));
    *static_cast<float*>(api->TF_TensorData(tensor)) = value;
    TF_OperationDescription* desc = api->TF_NewOperation(graph, "Const", name);
    api->TF_SetAttrTensor(desc, "value", tensor, status);
    api->TF_SetAttrType(desc, "dtype", TF_FLOAT);
    TF_Operation* op = api->TF_FinishOperation(desc, status);
    api->TF_DeleteTensor(tensor);
    return op;
  };
  TF_Operation* a = constant("a", 2.0f);
  TF_Operation* b = constant("b", 3.0f);
  TF_OperationDescription* desc = api->TF_NewOperation(graph, "AddV2", "sum");
  api->TF_AddInput(desc, TF_Output{a, 0});
  api->TF_AddInput(desc, TF_Output{b, 0});
  TF_Operation* sum = api->TF_FinishOperation(desc, status);
  ASSERT_EQ(api->TF_GetCode(status), TF_OK) << api->TF_Message(status);
  TF_SessionOptions* options = api->TF_NewSessionOptions();
  TF_Session* session = api->TF_NewSession(graph, options, status);
  ASSERT_EQ(api->TF_GetCode(status), TF_OK) << api->TF_Message(status);
  TF_Output fetch{sum, 0};
  TF_Tensor* result = nullptr;
  api->TF_SessionRun(session, nullptr, nullptr, nullptr, 0, &fetch, &result, 1, nullptr, 0, nullptr, status);
  ASSERT_EQ(api->TF_GetCode(status), TF_OK) << api->TF_Message(status);
  EXPECT_EQ(*static_cast<float*>(api->TF_TensorData(result)), 5.0f);
  api->TF_DeleteTensor(result);
  api->TF_CloseSession(session, status);
  api->TF_DeleteSession(session, status);
  api->TF_DeleteSessionOptions(options);
  api->TF_DeleteGraph(graph);
  api->TF_DeleteStatus(status);
}

}  // namespace
