/*
 * tfbench: the TensorFlow runtime's own limit for a graph, through the C API alone.
 *
 *   tfbench SPEC [--warmup W] [--steps S] [--reps R] [--latency] [--reuse] [--thread]
 *
 * SPEC (written by the scripts in bench/hydra) is a text file, one directive a line:
 *   graph PATH                    a serialized GraphDef to import (hydra-tf's own graph), or
 *   savedmodel DIR TAG            a SavedModel to load with TF_LoadSessionFromSavedModel
 *   init OP                       a target run once before timing (variable initialisers)
 *   feed OP:I DTYPE NDIMS D... FILE COUNT fresh|reuse
 *                                 a fed tensor: TF_DataType code, shape, a file holding COUNT
 *                                 batches' raw bytes (cycled); "fresh" allocates and fills a new
 *                                 TF_Tensor every step (what a client does with new data),
 *                                 "reuse" makes the tensors once
 *   fetch OP:I                    a fetched output (deleted after each run)
 *   target OP                     a target run each step
 * Each step is one TF_SessionRun with the default session options (as hydra-tf's and Keras's).
 * Prints JSON: seconds per rep and, with --latency, per-step latency quantiles in microseconds.
 * --reuse makes every feed "reuse" (the run alone, no tensor creation); --thread runs the loop on a
 * second thread instead of the main one (as hydra-tf's Session.run does, on the libuv pool).
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <pthread.h>

#include "tensorflow/c/c_api.h"

#define MAX_ITEMS 512
#define MAX_DIMS 8

typedef struct {
  char name[512];
  TF_Output output;
  TF_DataType dtype;
  int ndims;
  int64_t dims[MAX_DIMS];
  size_t batch_bytes;
  char *data;
  int count;
  int fresh;
  TF_Tensor **reused;
} Feed;

static Feed feeds[MAX_ITEMS];
static int n_feeds = 0;
static char fetch_names[MAX_ITEMS][512];
static int n_fetches = 0;
static char target_names[MAX_ITEMS][512];
static int n_targets = 0;
static char init_names[MAX_ITEMS][512];
static int n_inits = 0;

/* What the timed loop needs (set up in main, run on the main thread or, with --thread, a pthread). */
static struct {
  TF_Session *session;
  TF_Status *status;
  TF_Output inputs[MAX_ITEMS], outputs[MAX_ITEMS];
  const TF_Operation *targets[MAX_ITEMS];
  long warmup, steps, reps;
  int latency;
  double *step_seconds, *rep_seconds, cpu_seconds;
  TF_Buffer *run_options; /* NULL, or RunOptions with inter_op_thread_pool = -1 (--inline) */
} loop;

static void die(const char *what, TF_Status *status) {
  fprintf(stderr, "tfbench: %s: %s\n", what, status ? TF_Message(status) : "");
  exit(1);
}

static double now_seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static size_t dtype_size(TF_DataType dtype) {
  switch (dtype) {
    case TF_FLOAT: case TF_INT32: return 4;
    case TF_DOUBLE: case TF_INT64: return 8;
    case TF_UINT8: case TF_BOOL: return 1;
    default: fprintf(stderr, "tfbench: unsupported dtype %d\n", (int)dtype); exit(1);
  }
}

static TF_Output output_of(TF_Graph *graph, const char *name) {
  char op[512];
  int index = 0;
  const char *colon = strrchr(name, ':');
  size_t length = colon ? (size_t)(colon - name) : strlen(name);
  memcpy(op, name, length);
  op[length] = 0;
  if (colon) index = atoi(colon + 1);
  TF_Operation *operation = TF_GraphOperationByName(graph, op);
  if (!operation) { fprintf(stderr, "tfbench: no operation %s\n", op); exit(1); }
  TF_Output output = {operation, index};
  return output;
}

static TF_Operation *operation_of(TF_Graph *graph, const char *name) {
  TF_Operation *operation = TF_GraphOperationByName(graph, name);
  if (!operation) { fprintf(stderr, "tfbench: no operation %s\n", name); exit(1); }
  return operation;
}

static char *read_file(const char *path, size_t *size) {
  FILE *file = fopen(path, "rb");
  if (!file) { fprintf(stderr, "tfbench: cannot open %s\n", path); exit(1); }
  fseek(file, 0, SEEK_END);
  long length = ftell(file);
  fseek(file, 0, SEEK_SET);
  char *bytes = malloc((size_t)length + 1);
  if (fread(bytes, 1, (size_t)length, file) != (size_t)length) { fprintf(stderr, "tfbench: cannot read %s\n", path); exit(1); }
  fclose(file);
  *size = (size_t)length;
  return bytes;
}

static TF_Tensor *make_tensor(const Feed *feed, int batch) {
  TF_Tensor *tensor = TF_AllocateTensor(feed->dtype, feed->dims, feed->ndims, feed->batch_bytes);
  memcpy(TF_TensorData(tensor), feed->data + (size_t)batch * feed->batch_bytes, feed->batch_bytes);
  return tensor;
}

static int compare_doubles(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double quantile(double *sorted, long n, double q) {
  double position = (double)(n - 1) * q;
  long low = (long)position;
  long high = low + 1 < n ? low + 1 : low;
  return sorted[low] + (sorted[high] - sorted[low]) * (position - (double)low);
}

static double cpu_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Warm-up, then reps of timed steps: one TF_SessionRun each, with fresh or reused feeds. */
static void *run_loop(void *unused) {
  (void)unused;
  TF_Tensor *input_values[MAX_ITEMS], *output_values[MAX_ITEMS];
  long total = loop.warmup + loop.steps * loop.reps;
  double rep_start = 0, cpu_start = 0;
  for (long s = 0; s < total; s++) {
    long timed = s - loop.warmup;
    if (timed == 0) cpu_start = cpu_now();
    if (timed >= 0 && timed % loop.steps == 0) rep_start = now_seconds();
    double started = loop.latency ? now_seconds() : 0;
    for (int i = 0; i < n_feeds; i++) {
      int batch = (int)(s % feeds[i].count);
      input_values[i] = feeds[i].fresh ? make_tensor(&feeds[i], batch) : feeds[i].reused[batch];
    }
    TF_SessionRun(loop.session, loop.run_options, loop.inputs, input_values, n_feeds, loop.outputs, output_values, n_fetches, loop.targets,
                  n_targets, NULL, loop.status);
    if (TF_GetCode(loop.status) != TF_OK) die("running a step", loop.status);
    for (int i = 0; i < n_fetches; i++) TF_DeleteTensor(output_values[i]);
    for (int i = 0; i < n_feeds; i++)
      if (feeds[i].fresh) TF_DeleteTensor(input_values[i]);
    if (timed >= 0) {
      double ended = now_seconds();
      if (loop.latency) loop.step_seconds[timed] = ended - started;
      if (timed % loop.steps == loop.steps - 1) loop.rep_seconds[timed / loop.steps] = ended - rep_start;
    }
  }
  loop.cpu_seconds = cpu_now() - cpu_start;
  return NULL;
}

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: tfbench SPEC [--warmup W] [--steps S] [--reps R] [--latency] [--reuse] [--thread] [--inline]\n"); return 2; }
  long warmup = 20, steps = 200, reps = 3;
  int latency = 0, reuse_all = 0, on_thread = 0, run_inline = 0;
  for (int i = 2; i < argc; i++) {
    if (!strcmp(argv[i], "--warmup") && i + 1 < argc) warmup = atol(argv[++i]);
    else if (!strcmp(argv[i], "--steps") && i + 1 < argc) steps = atol(argv[++i]);
    else if (!strcmp(argv[i], "--reps") && i + 1 < argc) reps = atol(argv[++i]);
    else if (!strcmp(argv[i], "--latency")) latency = 1;
    else if (!strcmp(argv[i], "--reuse")) reuse_all = 1;
    else if (!strcmp(argv[i], "--thread")) on_thread = 1;
    else if (!strcmp(argv[i], "--inline")) run_inline = 1;
    else { fprintf(stderr, "tfbench: unknown argument %s\n", argv[i]); return 2; }
  }

  TF_Status *status = TF_NewStatus();
  TF_Graph *graph = TF_NewGraph();
  TF_SessionOptions *options = TF_NewSessionOptions();
  TF_Session *session = NULL;

  FILE *spec = fopen(argv[1], "r");
  if (!spec) { fprintf(stderr, "tfbench: cannot open %s\n", argv[1]); return 1; }
  char line[4096];
  while (fgets(line, sizeof line, spec)) {
    char kind[32], a[1024], b[1024];
    if (sscanf(line, "%31s", kind) != 1) continue;
    if (!strcmp(kind, "graph")) {
      sscanf(line, "%*s %1023s", a);
      size_t size;
      char *bytes = read_file(a, &size);
      TF_Buffer *buffer = TF_NewBufferFromString(bytes, size);
      TF_ImportGraphDefOptions *import = TF_NewImportGraphDefOptions();
      TF_GraphImportGraphDef(graph, buffer, import, status);
      if (TF_GetCode(status) != TF_OK) die("importing the GraphDef", status);
      TF_DeleteImportGraphDefOptions(import);
      TF_DeleteBuffer(buffer);
      free(bytes);
      session = TF_NewSession(graph, options, status);
      if (TF_GetCode(status) != TF_OK) die("creating the session", status);
    } else if (!strcmp(kind, "savedmodel")) {
      sscanf(line, "%*s %1023s %1023s", a, b);
      const char *tags[1] = {b};
      session = TF_LoadSessionFromSavedModel(options, NULL, a, tags, 1, graph, NULL, status);
      if (TF_GetCode(status) != TF_OK) die("loading the SavedModel", status);
    } else if (!strcmp(kind, "init")) {
      sscanf(line, "%*s %511s", init_names[n_inits++]);
    } else if (!strcmp(kind, "fetch")) {
      sscanf(line, "%*s %511s", fetch_names[n_fetches++]);
    } else if (!strcmp(kind, "target")) {
      sscanf(line, "%*s %511s", target_names[n_targets++]);
    } else if (!strcmp(kind, "feed")) {
      Feed *feed = &feeds[n_feeds++];
      char *cursor = line;
      int used = 0, dtype = 0;
      sscanf(cursor, "%*s %511s %d %d%n", feed->name, &dtype, &feed->ndims, &used);
      cursor += used;
      feed->dtype = (TF_DataType)dtype;
      size_t elements = 1;
      for (int d = 0; d < feed->ndims; d++) {
        long long dim;
        sscanf(cursor, "%lld%n", &dim, &used);
        cursor += used;
        feed->dims[d] = dim;
        elements *= (size_t)dim;
      }
      char mode[16];
      sscanf(cursor, "%1023s %d %15s", a, &feed->count, mode);
      feed->fresh = !strcmp(mode, "fresh");
      feed->batch_bytes = elements * dtype_size(feed->dtype);
      size_t size;
      feed->data = read_file(a, &size);
      if (size != feed->batch_bytes * (size_t)feed->count) { fprintf(stderr, "tfbench: %s holds %zu bytes, expected %zu\n", a, size, feed->batch_bytes * (size_t)feed->count); return 1; }
    }
  }
  fclose(spec);
  if (!session) { fprintf(stderr, "tfbench: the spec names no graph or savedmodel\n"); return 1; }

  if (run_inline) {
    /* RunOptions { inter_op_thread_pool: -1 }: field 3, varint; -1 is ten bytes in two's complement. */
    static const unsigned char inline_options[] = {0x18, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01};
    loop.run_options = TF_NewBufferFromString(inline_options, sizeof inline_options);
  }
  TF_Output *inputs = loop.inputs, *outputs = loop.outputs;
  const TF_Operation **targets = loop.targets;
  loop.session = session;
  loop.status = status;
  for (int i = 0; i < n_feeds; i++) {
    feeds[i].output = output_of(graph, feeds[i].name);
    inputs[i] = feeds[i].output;
    if (reuse_all) feeds[i].fresh = 0;
    if (!feeds[i].fresh) {
      feeds[i].reused = malloc(sizeof(TF_Tensor *) * (size_t)feeds[i].count);
      for (int c = 0; c < feeds[i].count; c++) feeds[i].reused[c] = make_tensor(&feeds[i], c);
    }
  }
  for (int i = 0; i < n_fetches; i++) outputs[i] = output_of(graph, fetch_names[i]);
  for (int i = 0; i < n_targets; i++) targets[i] = operation_of(graph, target_names[i]);
  if (n_inits) {
    const TF_Operation *init_ops[MAX_ITEMS];
    for (int i = 0; i < n_inits; i++) init_ops[i] = operation_of(graph, init_names[i]);
    TF_SessionRun(session, NULL, NULL, NULL, 0, NULL, NULL, 0, init_ops, n_inits, NULL, status);
    if (TF_GetCode(status) != TF_OK) die("running the initialisers", status);
  }

  loop.warmup = warmup;
  loop.steps = steps;
  loop.reps = reps;
  loop.latency = latency;
  loop.step_seconds = malloc(sizeof(double) * (size_t)(steps * reps > 0 ? steps * reps : 1));
  loop.rep_seconds = malloc(sizeof(double) * (size_t)(reps > 0 ? reps : 1));
  if (on_thread) {
    pthread_t thread;
    pthread_create(&thread, NULL, run_loop, NULL);
    pthread_join(thread, NULL);
  } else {
    run_loop(NULL);
  }
  double *step_seconds = loop.step_seconds, *rep_seconds = loop.rep_seconds;

  printf("{\"steps\": %ld, \"warmup\": %ld, \"repSeconds\": [", steps, warmup);
  for (long r = 0; r < reps; r++) printf("%s%.9f", r ? ", " : "", rep_seconds[r]);
  printf("], \"cpuSeconds\": %.6f", loop.cpu_seconds);
  if (latency && steps * reps > 0) {
    long n = steps * reps;
    qsort(step_seconds, (size_t)n, sizeof(double), compare_doubles);
    printf(", \"latencyUs\": {\"p50\": %.3f, \"p99\": %.3f, \"max\": %.3f}", quantile(step_seconds, n, 0.5) * 1e6,
           quantile(step_seconds, n, 0.99) * 1e6, step_seconds[n - 1] * 1e6);
  }
  printf("}\n");

  TF_CloseSession(session, status);
  TF_DeleteSession(session, status);
  TF_DeleteSessionOptions(options);
  TF_DeleteGraph(graph);
  TF_DeleteStatus(status);
  return 0;
}
