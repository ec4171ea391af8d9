#include "session.h"

#include <cmath>
#include <cstring>
#include <thread>
#include <vector>

#include "tensor.h"

namespace hydra {

// What to feed, fetch and run: resolved once, on the JS thread. A run made with
// session.run resolves its own; a callable keeps one for every run it makes.
struct RunSpec {
  std::vector<TF_Output> inputs;
  std::vector<TF_Output> outputs;
  std::vector<const TF_Operation*> targets;
  // Serialized RunOptions, made into a TF_Buffer once (TF_SessionRun only reads it, so
  // concurrent runs share it).
  std::unique_ptr<Buffer> run_options;
};

// Typed arrays a run writes its outputs into (callable.run(values, { into })), one slot per
// fetch (null: that output becomes a Tensor). An awaited run holds them by references so its
// buffers live until the results are written on the JS thread; a sync run holds the handles
// themselves (valid for the call's scope): a reference per run cost more than the run itself
// on small graphs (node-api tracks every reference in a hash set). References are deleted only
// on the JS thread that made them; a baton dropped elsewhere (environment teardown) leaves them.
// Bytes per element of a typed array type; 0 for a kind this addon does not know.
size_t ElementSize(napi_typedarray_type type) {
  switch (type) {
    case napi_int8_array:
    case napi_uint8_array:
    case napi_uint8_clamped_array:
      return 1;
    case napi_int16_array:
    case napi_uint16_array:
      return 2;
    case napi_int32_array:
    case napi_uint32_array:
    case napi_float32_array:
      return 4;
    case napi_float64_array:
    case napi_bigint64_array:
    case napi_biguint64_array:
      return 8;
    default:
      return 0;
  }
}

class IntoBuffers {
 public:
  IntoBuffers() = default;
  IntoBuffers(const IntoBuffers&) = delete;
  IntoBuffers& operator=(const IntoBuffers&) = delete;
  ~IntoBuffers() {
    if (std::this_thread::get_id() != owner_) {
      for (auto& ref : refs_) ref.SuppressDestruct();
    }
  }

  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  bool has(size_t i) const { return i < size_ && (persistent_ ? !refs_[i].IsEmpty() : !locals_[i].IsEmpty()); }

  // into: an array with one entry per fetch, each a TypedArray or null/undefined. `persistent`:
  // the run outlives this call (held by references).
  void Parse(Napi::Env env, const Napi::Value& value, size_t fetches, bool persistent) {
    if (value.IsUndefined() || value.IsNull()) return;
    Napi::Array into = ArgArray(value, "into");
    if (into.Length() != fetches)
      ThrowError(env, TF_INVALID_ARGUMENT,
                 "into has " + std::to_string(into.Length()) + " entries; the run fetches " + std::to_string(fetches));
    owner_ = std::this_thread::get_id();
    persistent_ = persistent;
    if (persistent)
      refs_.resize(fetches);
    else
      locals_.resize(fetches);
    size_ = fetches;
    for (uint32_t i = 0; i < into.Length(); i++) {
      Napi::Value item = into.Get(i);
      if (item.IsUndefined() || item.IsNull()) continue;
      if (!item.IsTypedArray())
        ThrowError(env, TF_INVALID_ARGUMENT, "into[" + std::to_string(i) + "] must be a TypedArray or null");
      if (persistent)
        refs_[i] = Napi::Persistent(item.As<Napi::Object>());
      else
        locals_[i] = item.As<Napi::TypedArray>();
    }
  }

  // Checks every output against its buffer, then copies (so a mismatch writes nothing).
  // Refuses an output whose size (or kind) its buffer does not match, before any copy.
  // Each array's memory is read once per run (one napi_get_typedarray_info) and kept for Copy.
  void CheckSizes(Napi::Env env, const TfApi& api, const std::vector<TF_Tensor*>& outputs) {
    spans_.resize(size_);
    for (size_t i = 0; i < size_; i++) {
      spans_[i] = {nullptr, 0};
      if (!has(i)) continue;
      napi_typedarray_type type;
      size_t length = 0;
      void* data = nullptr;
      napi_value buffer;
      size_t offset = 0;
      NAPI_THROW_IF_FAILED_VOID(env, napi_get_typedarray_info(env, Array(i), &type, &length, &data, &buffer, &offset));
      size_t element = ElementSize(type);
      if (element == 0) ThrowError(env, TF_INVALID_ARGUMENT, "into[" + std::to_string(i) + "] is a typed array of unknown element size");
      size_t bytes = length * element;
      TF_Tensor* tensor = outputs[i];
      TF_DataType dtype = api.TF_TensorType(tensor);
      if (dtype == TF_STRING || api.TF_DataTypeSize(dtype) == 0)
        ThrowError(env, TF_INVALID_ARGUMENT,
                   "output " + std::to_string(i) + " is a string or handle tensor; its into entry must be null");
      size_t need = api.TF_TensorByteSize(tensor);
      if (bytes != need) {
        std::string shape = "[";
        for (int d = 0; d < api.TF_NumDims(tensor); d++)
          shape += (d ? ", " : "") + std::to_string(api.TF_Dim(tensor, d));
        shape += "]";
        ThrowError(env, TF_INVALID_ARGUMENT,
                   "output " + std::to_string(i) + " has shape " + shape + " (" + std::to_string(need) +
                       " bytes) but into[" + std::to_string(i) + "] holds " + std::to_string(bytes) +
                       " bytes" + (bytes == 0 ? " (a detached buffer?)" : ""));
      }
      spans_[i] = {static_cast<uint8_t*>(data), bytes};
    }
  }

  // Copies the outputs into the arrays CheckSizes just read (nothing in between runs JS).
  void Copy(const TfApi& api, const std::vector<TF_Tensor*>& outputs) {
    for (size_t i = 0; i < size_; i++) {
      if (!has(i) || spans_[i].second == 0) continue;
      std::memcpy(spans_[i].first, api.TF_TensorData(outputs[i]), spans_[i].second);
    }
  }

 private:
  Napi::TypedArray Array(size_t i) const {
    return persistent_ ? refs_[i].Value().As<Napi::TypedArray>() : locals_[i];
  }

  std::vector<Napi::ObjectReference> refs_;
  std::vector<Napi::TypedArray> locals_;
  std::vector<std::pair<uint8_t*, size_t>> spans_;
  size_t size_ = 0;
  bool persistent_ = false;
  std::thread::id owner_;
};

// Everything one TF_SessionRun needs, gathered on the JS thread (a "baton"):
// the worker thread never touches a JS value.
struct RunBaton {
  std::shared_ptr<SessionBox> session;
  std::shared_ptr<const RunSpec> spec;
  std::vector<std::shared_ptr<TensorBox>> input_tensors;  // pinned until the run ends
  std::vector<TF_Tensor*> input_values;
  bool want_metadata = false;

  std::vector<TF_Tensor*> output_values;
  IntoBuffers into;
  int code = TF_OK;
  std::string message;
  std::string metadata;
  // The run is registered with the session when accepted on the JS thread, so a
  // close or dispose that comes after it waits for it instead of refusing it.
  bool registered = false;

  ~RunBaton() {
    for (TF_Tensor* tensor : output_values)
      if (tensor != nullptr) session->api().TF_DeleteTensor(tensor);
    if (registered) session->EndRun();
  }

  void Register(Napi::Env env) {
    if (!session->BeginRun()) ThrowError(env, TF_FAILED_PRECONDITION, "the Session has been closed");
    registered = true;
  }

  void Execute() {
    const TfApi& api = session->api();
    output_values.assign(spec->outputs.size(), nullptr);
    Status status(api);
    std::unique_ptr<Buffer> run_metadata;
    if (want_metadata) run_metadata = std::make_unique<Buffer>(api);
    api.TF_SessionRun(session->get(), spec->run_options ? spec->run_options->get() : nullptr, spec->inputs.data(), input_values.data(),
                      static_cast<int>(spec->inputs.size()), spec->outputs.data(), output_values.data(),
                      static_cast<int>(spec->outputs.size()), spec->targets.data(),
                      static_cast<int>(spec->targets.size()), run_metadata ? run_metadata->get() : nullptr,
                      status.get());
    code = status.code();
    if (code != TF_OK) message = status.message();
    if (run_metadata && code == TF_OK)
      metadata.assign(static_cast<const char*>(run_metadata->get()->data), run_metadata->get()->length);
    registered = false;
    session->EndRun();
  }

  // Builds the JS result (array of Tensors, with .runMetadata if asked) or throws. With `into`
  // buffers: the outputs are copied into them and freed; the result is undefined when every
  // output had a buffer, else an array holding Tensors in the null slots.
  Napi::Value Result(Napi::Env env) {
    if (code != TF_OK) ThrowError(env, code, message);
    if (!into.empty()) {
      const TfApi& api = session->api();
      into.CheckSizes(env, api, output_values);
      into.Copy(api, output_values);
      bool all = true;
      for (size_t i = 0; i < output_values.size(); i++) all = all && into.has(i);
      if (all && !want_metadata) return env.Undefined();
    }
    Napi::Array result = Napi::Array::New(env, output_values.size());
    for (size_t i = 0; i < output_values.size(); i++) {
      if (into.has(i)) continue;
      TF_Tensor* tensor = output_values[i];
      output_values[i] = nullptr;  // ownership moves to JS
      result.Set(static_cast<uint32_t>(i), Tensor::Wrap(env, tensor));
    }
    if (want_metadata)
      result.Set("runMetadata", Napi::Buffer<uint8_t>::Copy(env, reinterpret_cast<const uint8_t*>(metadata.data()),
                                                            metadata.size()));
    return result;
  }
};

namespace {

// Optional serialized RunOptions at info[index] into the spec.
void ParseRunOptions(const Napi::CallbackInfo& info, size_t index, RunSpec* spec) {
  if (info[index].IsUndefined() || info[index].IsNull()) return;
  auto [bytes, length] = ArgBytes(info[index], "runOptions (serialized RunOptions)");
  spec->run_options = std::make_unique<Buffer>(Api(info.Env()), bytes, length);
}

// fetches: [[op, index]...], targets: [op...] (targets may be null/undefined).
void ParseFetchesAndTargets(Napi::Env env, TF_Graph* graph, const Napi::Value& fetch_value,
                            const Napi::Value& target_value, RunSpec* spec) {
  Napi::Array fetches = ArgArray(fetch_value, "fetches");
  for (uint32_t i = 0; i < fetches.Length(); i++)
    spec->outputs.push_back(Graph::Output(env, graph, fetches.Get(i), "fetch " + std::to_string(i)));
  if (!target_value.IsUndefined() && !target_value.IsNull()) {
    Napi::Array targets = ArgArray(target_value, "targets");
    for (uint32_t i = 0; i < targets.Length(); i++)
      spec->targets.push_back(Graph::Operation(env, graph, targets.Get(i), "target " + std::to_string(i)));
  }
}

// run(feeds: [[op, index, Tensor]...], fetches: [[op, index]...], targets: [op...], runOptions?, wantMetadata?)
std::unique_ptr<RunBaton> ParseRun(const Napi::CallbackInfo& info, std::shared_ptr<SessionBox> session) {
  Napi::Env env = info.Env();
  auto baton = std::make_unique<RunBaton>();
  auto spec = std::make_shared<RunSpec>();
  baton->session = std::move(session);
  TF_Graph* graph = baton->session->graph();
  Napi::Array feeds = ArgArray(info[0], "feeds");
  for (uint32_t i = 0; i < feeds.Length(); i++) {
    std::string what = "feed " + std::to_string(i);
    Napi::Array feed = ArgArray(feeds.Get(i), what);
    if (feed.Length() != 3) ThrowError(env, TF_INVALID_ARGUMENT, what + " must be [operationName, index, tensor]");
    Napi::Array pair = Napi::Array::New(env, 2);
    pair.Set(0u, feed.Get(0u));
    pair.Set(1u, feed.Get(1u));
    spec->inputs.push_back(Graph::Output(env, graph, pair, what));
    baton->input_tensors.push_back(Tensor::FromValue(feed.Get(2u), what));
    baton->input_values.push_back(baton->input_tensors.back()->get());
  }
  ParseFetchesAndTargets(env, graph, info[1], info[2], spec.get());
  ParseRunOptions(info, 3, spec.get());
  baton->spec = std::move(spec);
  baton->want_metadata = info[4].ToBoolean().Value();
  baton->Register(env);
  return baton;
}

class RunJob : public PromiseJob {
 public:
  RunJob(Napi::Env env, std::unique_ptr<RunBaton> baton) : PromiseJob(env), baton_(std::move(baton)) {}
  void Execute() override { baton_->Execute(); }

 protected:
  Napi::Value Settle(Napi::Env env) override { return baton_->Result(env); }

 private:
  std::unique_ptr<RunBaton> baton_;
};

// Starts a run on the addon's threads and returns its promise.
Napi::Value StartRun(Napi::Env env, std::unique_ptr<RunBaton> baton) {
  return SubmitPromiseJob(env, std::make_unique<RunJob>(env, std::move(baton)));
}

// Closes a session on the addon's threads: a close that has to wait for runs (up to the
// grace period, then cancelling them) must not block the JS thread.
class CloseJob : public PromiseJob {
 public:
  CloseJob(Napi::Env env, std::shared_ptr<SessionBox> box, std::chrono::milliseconds grace)
      : PromiseJob(env), box_(std::move(box)), grace_(grace) {}
  void Execute() override { box_->CloseWithin(grace_); }

 protected:
  Napi::Value Settle(Napi::Env env) override { return env.Undefined(); }

 private:
  std::shared_ptr<SessionBox> box_;
  std::chrono::milliseconds grace_;
};

}  // namespace

SessionOptions::SessionOptions(Napi::Env env, const TfApi& api, const Napi::Value& config, const Napi::Value& target)
    : Owned(api, api.TF_NewSessionOptions()) {
  if (!IsAbsent(target)) {
    std::string text = ArgString(target, "session target");
    api.TF_SetTarget(get(), text.c_str());
  }
  if (!IsAbsent(config)) {
    auto [bytes, length] = ArgBytes(config, "session config (serialized ConfigProto)");
    Status status(api);
    api.TF_SetConfig(get(), bytes, length, status.get());
    status.ThrowIfError(env, "session config");
  }
}

SessionBox::~SessionBox() {
  std::lock_guard<std::mutex> lock(mutex_);
  CloseLocked();
}

bool SessionBox::BeginRun() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (closing_) return false;
  running_++;
  return true;
}

void SessionBox::EndRun() {
  std::lock_guard<std::mutex> lock(mutex_);
  running_--;
  if (running_ == 0) {
    if (closing_) CloseLocked();
    idle_.notify_all();
  }
}

bool SessionBox::RequestClose() {
  std::lock_guard<std::mutex> lock(mutex_);
  closing_ = true;
  if (running_ != 0) return false;
  CloseLocked();
  return true;
}

void SessionBox::Cancel() {
  std::lock_guard<std::mutex> lock(mutex_);
  closing_ = true;
  if (session_ == nullptr || cancelled_) return;
  cancelled_ = true;
  Status status(api_);
  api_.TF_CloseSession(session_, status.get());
}

void SessionBox::CloseWithin(std::chrono::milliseconds grace) {
  std::unique_lock<std::mutex> lock(mutex_);
  closing_ = true;
  auto ended = [this] { return running_ == 0; };
  bool idle = grace.count() < 0 ? (idle_.wait(lock, ended), true) : idle_.wait_for(lock, grace, ended);
  if (!idle) {
    lock.unlock();
    Cancel();
    lock.lock();
    idle_.wait(lock, ended);
  }
  CloseLocked();
}

bool SessionBox::CloseBy(std::chrono::steady_clock::time_point deadline) {
  std::unique_lock<std::mutex> lock(mutex_);
  closing_ = true;
  if (!idle_.wait_until(lock, deadline, [this] { return running_ == 0; })) return false;
  CloseLocked();
  return true;
}

bool SessionBox::closing() {
  std::lock_guard<std::mutex> lock(mutex_);
  return closing_;
}

void SessionBox::CloseLocked() {
  closing_ = true;
  if (session_ == nullptr) return;
  Status status(api_);
  if (!cancelled_) api_.TF_CloseSession(session_, status.get());
  api_.TF_DeleteSession(session_, status.get());
  session_ = nullptr;
}

void Session::Init(Napi::Env env, Napi::Object exports) {
  Napi::Function constructor = DefineClass(
      env, "Session",
      {
          Checked<&Session::Run>("run"),
          Checked<&Session::RunSync>("runSync"),
          Checked<&Session::MakeCallable>("makeCallable"),
          Checked<&Session::ListDevices>("listDevices"),
          Checked<&Session::Close>("close"),
          Checked<&Session::Dispose>("dispose"),
          Checked<&Session::GetClosed>("closed", true),
          StaticMethod<&Session::LoadSavedModel>("loadSavedModel"),
      });
  GetAddonData(env).session_constructor = Napi::Persistent(constructor);
  exports.Set("Session", constructor);
}

// new Session(graph, configBytes?, target?)
Session::Session(const Napi::CallbackInfo& info) : HandleWrap(info) {
  Napi::Env env = info.Env();
  if (AdoptWrapped(info)) return;
  const TfApi& api = Api(env);
  std::shared_ptr<GraphBox> graph = Graph::FromValue(info[0], "Session graph");
  SessionOptions options(env, api, info[1], info[2]);
  Status status(api);
  TF_Session* session = api.TF_NewSession(graph->get(), options.get(), status.get());
  status.ThrowIfError(env, "cannot create session");
  box_ = std::make_shared<SessionBox>(api, session, graph);
  GetAddonData(env).sessions->Track(box_);
}

std::shared_ptr<SessionBox> Session::Live(Napi::Env env) const {
  if (!box_ || box_->closing()) ThrowError(env, TF_FAILED_PRECONDITION, "the Session has been closed");
  return box_;
}

Napi::Value Session::Run(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  return StartRun(env, ParseRun(info, Live(env)));
}

Napi::Value Session::RunSync(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::unique_ptr<RunBaton> baton = ParseRun(info, Live(env));
  baton->Execute();
  return baton->Result(env);
}

// makeCallable(feeds: [[op, index]...], fetches: [[op, index]...], targets: [op...], runOptions?)
// Resolves the operations once; the callable's runs take only the fed tensors.
Napi::Value Session::MakeCallable(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::shared_ptr<SessionBox> box = Live(env);
  auto spec = std::make_shared<RunSpec>();
  Napi::Array feeds = ArgArray(info[0], "callable feeds");
  for (uint32_t i = 0; i < feeds.Length(); i++)
    spec->inputs.push_back(Graph::Output(env, box->graph(), feeds.Get(i), "feed " + std::to_string(i)));
  ParseFetchesAndTargets(env, box->graph(), info[1], info[2], spec.get());
  ParseRunOptions(info, 3, spec.get());
  return Callable::New(env, std::move(box), std::move(spec));
}

// The grace period of a close: info[0] in milliseconds (Infinity or absent: wait for the runs without limit).
std::chrono::milliseconds GraceArg(const Napi::Value& value) {
  if (value.IsUndefined() || value.IsNull()) return std::chrono::milliseconds(-1);
  double ms = ArgNumber(value, "cancelAfterMs");
  if (std::isnan(ms) || ms < 0)
    ThrowError(value.Env(), TF_INVALID_ARGUMENT, "cancelAfterMs must be >= 0, got " + value.ToString().Utf8Value());
  if (ms >= 1e15) return std::chrono::milliseconds(-1);
  return std::chrono::milliseconds(static_cast<int64_t>(ms));
}

// close(cancelAfterMs?): refuses new runs at once; waits for the runs in flight up to
// cancelAfterMs, cancels those still running (they reject with CANCELLED), then closes.
Napi::Value Session::Close(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::chrono::milliseconds grace = GraceArg(info[0]);
  if (!box_ || box_->RequestClose()) {
    auto deferred = Napi::Promise::Deferred::New(env);
    deferred.Resolve(env.Undefined());
    return deferred.Promise();
  }
  return SubmitPromiseJob(env, std::make_unique<CloseJob>(env, box_, grace));
}

// dispose(cancelAfterMs?): the same close, without a promise.
Napi::Value Session::Dispose(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::chrono::milliseconds grace = GraceArg(info[0]);
  if (box_) {
    if (!box_->RequestClose()) GetAddonData(env).jobs->Submit(env, std::make_unique<CloseJob>(env, box_, grace));
    box_.reset();
  }
  return env.Undefined();
}

Napi::Value Session::GetClosed(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), !box_ || box_->closing());
}

void Callable::Init(Napi::Env env, Napi::Object exports) {
  Napi::Function constructor = DefineClass(env, "Callable",
                                           {
                                               Checked<&Callable::Run>("run"),
                                               Checked<&Callable::RunSync>("runSync"),
                                               Checked<&Callable::Bind>("bind"),
                                               Checked<&Callable::RunBound>("runBound"),
                                               Checked<&Callable::Unbind>("unbind"),
                                               Checked<&Callable::Runner>("runner"),
                                           });
  GetAddonData(env).callable_constructor = Napi::Persistent(constructor);
}

Napi::Object Callable::New(Napi::Env env, std::shared_ptr<SessionBox> box, std::shared_ptr<const RunSpec> spec) {
  std::pair<std::shared_ptr<SessionBox>, std::shared_ptr<const RunSpec>> parts(std::move(box), std::move(spec));
  auto external = Napi::External<decltype(parts)>::New(env, &parts);
  return GetAddonData(env).callable_constructor.New({external});
}

Callable::Callable(const Napi::CallbackInfo& info) : HandleWrap(info) {
  if (info.Length() != 1 || !info[0].IsExternal())
    ThrowError(info.Env(), TF_INVALID_ARGUMENT, "callables are made by session.makeCallable");
  auto* parts = info[0].As<Napi::External<std::pair<std::shared_ptr<SessionBox>, std::shared_ptr<const RunSpec>>>>().Data();
  box_ = parts->first;
  spec_ = parts->second;
}

// The baton of one run: the fed tensors, in the callable's feed order.
std::unique_ptr<RunBaton> Callable::Prepare(const Napi::CallbackInfo& info, bool sync) {
  Napi::Env env = info.Env();
  if (box_->closing()) ThrowError(env, TF_FAILED_PRECONDITION, "the Session has been closed");
  Napi::Array values = ArgArray(info[0], "fed tensors");
  if (values.Length() != spec_->inputs.size())
    ThrowError(env, TF_INVALID_ARGUMENT,
               "the callable feeds " + std::to_string(spec_->inputs.size()) + " tensor(s), got " +
                   std::to_string(values.Length()));
  auto baton = std::make_unique<RunBaton>();
  baton->session = box_;
  baton->spec = spec_;
  baton->input_tensors.reserve(values.Length());
  baton->input_values.reserve(values.Length());
  static const std::string kWhat = "a callable's fed value";
  for (uint32_t i = 0; i < values.Length(); i++) {
    baton->input_tensors.push_back(Tensor::FromValue(values.Get(i), kWhat));
    baton->input_values.push_back(baton->input_tensors.back()->get());
  }
  baton->want_metadata = info[1].ToBoolean().Value();
  baton->into.Parse(env, info[2], spec_->outputs.size(), !sync);
  baton->Register(env);
  return baton;
}

Napi::Value Callable::Run(const Napi::CallbackInfo& info) {
  return StartRun(info.Env(), Prepare(info, false));
}

Napi::Value Callable::RunSync(const Napi::CallbackInfo& info) {
  std::unique_ptr<RunBaton> baton = Prepare(info, true);
  baton->Execute();
  return baton->Result(info.Env());
}

// The fed tensors and output arrays of a bound callable (callable.bind), resolved once: each
// runBound() is TF_SessionRun on them and the copies into the arrays, as a C loop reusing its
// TF_Tensors would do. The tensors are pinned (their JS Tensors may be collected); a tensor
// disposed through JS is refused at the next run.
struct BoundFeeds {
  explicit BoundFeeds(const TfApi& api) : status(api) {}
  std::vector<std::shared_ptr<TensorBox>> input_tensors;
  std::vector<TF_Tensor*> input_values;
  std::vector<TF_Tensor*> output_values;
  IntoBuffers into;
  Status status;
};

Callable::~Callable() = default;

// bind(values: Tensor[], into?): a new callable on the same spec with these feeds and arrays.
Napi::Value Callable::Bind(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (box_->closing()) ThrowError(env, TF_FAILED_PRECONDITION, "the Session has been closed");
  Napi::Array values = ArgArray(info[0], "fed tensors");
  if (values.Length() != spec_->inputs.size())
    ThrowError(env, TF_INVALID_ARGUMENT,
               "the callable feeds " + std::to_string(spec_->inputs.size()) + " tensor(s), got " +
                   std::to_string(values.Length()));
  auto bound = std::make_unique<BoundFeeds>(box_->api());
  for (uint32_t i = 0; i < values.Length(); i++) {
    bound->input_tensors.push_back(Tensor::FromValue(values.Get(i), "bound feed " + std::to_string(i)));
    bound->input_values.push_back(bound->input_tensors.back()->get());
  }
  bound->output_values.assign(spec_->outputs.size(), nullptr);
  bound->into.Parse(env, info[1], spec_->outputs.size(), true);
  Napi::Object result = Callable::New(env, box_, spec_);
  Callable::Unwrap(result)->bound_ = std::move(bound);
  return result;
}

// runBound(): one run on the bound feeds (sync, inline when the callable is); outputs with an
// array are copied into it, the others returned as Tensors (undefined when every output had one).
Napi::Value Callable::RunBound(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!bound_) ThrowError(env, TF_FAILED_PRECONDITION, "the bound run has been disposed");
  BoundFeeds& bound = *bound_;
  for (size_t i = 0; i < bound.input_tensors.size(); i++)
    if (bound.input_tensors[i]->disposed())
      ThrowError(env, TF_FAILED_PRECONDITION, "bound feed " + std::to_string(i) + ": the Tensor has been disposed");
  const TfApi& api = box_->api();
  if (!box_->BeginRun()) ThrowError(env, TF_FAILED_PRECONDITION, "the Session has been closed");
  std::vector<TF_Tensor*>& outputs = bound.output_values;
  api.TF_SessionRun(box_->get(), spec_->run_options ? spec_->run_options->get() : nullptr, spec_->inputs.data(),
                    bound.input_values.data(), static_cast<int>(spec_->inputs.size()), spec_->outputs.data(),
                    outputs.data(), static_cast<int>(outputs.size()), spec_->targets.data(),
                    static_cast<int>(spec_->targets.size()), nullptr, bound.status.get());
  box_->EndRun();
  // Frees what no Tensor took, however this call ends.
  struct Outputs {
    const TfApi& api;
    std::vector<TF_Tensor*>& values;
    ~Outputs() {
      for (TF_Tensor*& tensor : values)
        if (tensor != nullptr) api.TF_DeleteTensor(tensor), tensor = nullptr;
    }
  } guard{api, outputs};
  bound.status.ThrowIfError(env);
  bool all = true;
  if (!bound.into.empty()) {
    bound.into.CheckSizes(env, api, outputs);
    bound.into.Copy(api, outputs);
  }
  for (size_t i = 0; i < outputs.size(); i++) all = all && bound.into.has(i);
  if (all) return env.Undefined();
  Napi::Array result = Napi::Array::New(env, outputs.size());
  for (size_t i = 0; i < outputs.size(); i++) {
    if (bound.into.has(i)) continue;
    TF_Tensor* tensor = outputs[i];
    outputs[i] = nullptr;  // ownership moves to JS
    result.Set(static_cast<uint32_t>(i), Tensor::Wrap(env, tensor));
  }
  return result;
}

namespace {

// What a runner function holds: a strong reference to its bound callable (so the callable
// lives while the function does; the callable does not hold the function, so no cycle through
// the reference) and the callable itself, found without a type check per call.
struct RunnerData {
  Napi::ObjectReference owner;
  Callable* callable;
};

napi_value CallRunner(napi_env env, napi_callback_info raw) {
  return GuardJs(env, [&]() -> napi_value {
    Napi::CallbackInfo info(env, raw);
    return Callable::RunBoundOf(static_cast<RunnerData*>(info.Data())->callable, info);
  });
}

}  // namespace

Napi::Value Callable::RunBoundOf(Callable* callable, const Napi::CallbackInfo& info) { return callable->RunBound(info); }

// runner(): a function that does runBound() on this callable; a call to it skips the type-tag
// check and unwrap of `this` that a method call makes (a quarter of a trivial run's overhead).
Napi::Value Callable::Runner(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto data = std::make_unique<RunnerData>();
  data->owner = Napi::Persistent(info.This().As<Napi::Object>());
  data->callable = this;
  napi_value fn;
  NAPI_THROW_IF_FAILED(env, napi_create_function(env, "runBound", NAPI_AUTO_LENGTH, CallRunner, data.get(), &fn), Napi::Value());
  NAPI_THROW_IF_FAILED(env,
                       napi_add_finalizer(
                           env, fn, data.get(), [](node_api_basic_env, void* finalize_data, void*) { delete static_cast<RunnerData*>(finalize_data); },
                           nullptr, nullptr),
                       Napi::Value());
  data.release();
  return Napi::Value(env, fn);
}

// unbind(): drops the bound feeds (their tensors) and arrays; later runBound() calls throw.
Napi::Value Callable::Unbind(const Napi::CallbackInfo& info) {
  bound_.reset();
  return info.Env().Undefined();
}

}  // namespace hydra
