#include "wrap.h"

#include <deque>
#include <mutex>

namespace hydra {

const char* MethodLabel(const char* class_name, const char* method_name) {
  // A deque never moves its elements, so the returned pointers stay valid.
  static std::mutex mutex;
  static std::deque<std::string> labels;
  std::string label = std::string(class_name) + ".prototype." + method_name;
  std::lock_guard<std::mutex> lock(mutex);
  for (const auto& existing : labels)
    if (existing == label) return existing.c_str();
  labels.push_back(label);
  return labels.back().c_str();
}

}  // namespace hydra
