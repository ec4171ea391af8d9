// Written from TensorFlow's published field numbers (no .proto file is vendored).
//
// protobufjs JSON descriptors for the TensorFlow messages hydra-tf reads and writes. Names keep
// TensorFlow's package and snake_case field names, so full names and Any type URLs line up
// (`type.googleapis.com/tensorflow.ConfigProto`); lib/proto/codec.ts maps them to camelCase.
// All of these are proto3 messages (packed repeated scalars, implicit presence).
//
// Every field here is checked against the installed TensorFlow Python package (its *_pb2
// DESCRIPTORs) by test/proto.test.ts: same name, number, type, label and oneof. Messages are
// complete (every field TensorFlow defines), except for the fields listed in OPAQUE_FIELDS, which
// keep a nested message as raw bytes (same wire format: length-delimited), so it survives a
// decode/encode round trip untouched without our describing its contents.

/** A field in protobufjs's JSON descriptor form (`keyType` makes it a map). */
export interface FieldJson {
  type: string;
  id: number;
  rule?: 'repeated';
  keyType?: string;
}
/** An enum in protobufjs's JSON descriptor form. */
export interface EnumJson {
  values: Record<string, number>;
}
/** A message in protobufjs's JSON descriptor form. */
export interface MessageJson {
  fields: Record<string, FieldJson>;
  oneofs?: Record<string, { oneof: string[] }>;
  nested?: Record<string, MessageJson | EnumJson>;
  options?: Record<string, unknown>;
}
/** A package in protobufjs's JSON descriptor form. */
export interface NamespaceJson {
  nested: Record<string, NamespaceJson | MessageJson | EnumJson>;
}

/**
 * Fields declared `bytes` here whose TensorFlow type is a message we do not describe. Key: our
 * field's full name; value: TensorFlow's message type. Decode them yourself if you need to.
 */
export const OPAQUE_FIELDS: Readonly<Record<string, string>> = Object.freeze({
  'tensorflow.ConfigProto.cluster_def': 'tensorflow.ClusterDef',
  'tensorflow.ServerDef.cluster_device_filters': 'tensorflow.ClusterDeviceFilters',
  'tensorflow.ConfigProto.Experimental.coordination_config': 'tensorflow.CoordinationServiceConfig',
  'tensorflow.RunOptions.debug_options': 'tensorflow.DebugOptions',
  'tensorflow.RunMetadata.step_stats': 'tensorflow.StepStats',
  'tensorflow.RunMetadata.cost_graph': 'tensorflow.CostGraphDef',
  'tensorflow.GraphDef.debug_info': 'tensorflow.GraphDebugInfo',
  'tensorflow.MetaGraphDef.object_graph_def': 'tensorflow.SavedObjectGraph',
  'tensorflow.TypeSpecProto.type_state': 'tensorflow.StructuredValue',
});

const toggle = (id: number): FieldJson => ({ type: 'Toggle', id });

/** The descriptor tree, in protobufjs's JSON (INamespace) form. */
export const TF_PROTO_SCHEMA: NamespaceJson = {
  nested: {
    google: {
      nested: {
        protobuf: {
          nested: {
            Any: {
              fields: {
                type_url: { type: 'string', id: 1 },
                value: { type: 'bytes', id: 2 },
              },
            },
          },
        },
      },
    },
    tensorflow: {
      nested: {
        // ---------------------------------------------------------------- types, shapes, tensors
        DataType: {
          values: {
            DT_INVALID: 0, DT_FLOAT: 1, DT_DOUBLE: 2, DT_INT32: 3, DT_UINT8: 4, DT_INT16: 5,
            DT_INT8: 6, DT_STRING: 7, DT_COMPLEX64: 8, DT_INT64: 9, DT_BOOL: 10, DT_QINT8: 11,
            DT_QUINT8: 12, DT_QINT32: 13, DT_BFLOAT16: 14, DT_QINT16: 15, DT_QUINT16: 16,
            DT_UINT16: 17, DT_COMPLEX128: 18, DT_HALF: 19, DT_RESOURCE: 20, DT_VARIANT: 21,
            DT_UINT32: 22, DT_UINT64: 23, DT_FLOAT8_E5M2: 24, DT_FLOAT8_E4M3FN: 25,
            DT_FLOAT8_E4M3FNUZ: 26, DT_FLOAT8_E4M3B11FNUZ: 27, DT_FLOAT8_E5M2FNUZ: 28,
            DT_INT4: 29, DT_UINT4: 30, DT_INT2: 31, DT_UINT2: 32, DT_FLOAT4_E2M1FN: 33,
            DT_FLOAT_REF: 101, DT_DOUBLE_REF: 102, DT_INT32_REF: 103, DT_UINT8_REF: 104,
            DT_INT16_REF: 105, DT_INT8_REF: 106, DT_STRING_REF: 107, DT_COMPLEX64_REF: 108,
            DT_INT64_REF: 109, DT_BOOL_REF: 110, DT_QINT8_REF: 111, DT_QUINT8_REF: 112,
            DT_QINT32_REF: 113, DT_BFLOAT16_REF: 114, DT_QINT16_REF: 115, DT_QUINT16_REF: 116,
            DT_UINT16_REF: 117, DT_COMPLEX128_REF: 118, DT_HALF_REF: 119, DT_RESOURCE_REF: 120,
            DT_VARIANT_REF: 121, DT_UINT32_REF: 122, DT_UINT64_REF: 123, DT_FLOAT8_E5M2_REF: 124,
            DT_FLOAT8_E4M3FN_REF: 125, DT_FLOAT8_E4M3FNUZ_REF: 126, DT_FLOAT8_E4M3B11FNUZ_REF: 127,
            DT_FLOAT8_E5M2FNUZ_REF: 128, DT_INT4_REF: 129, DT_UINT4_REF: 130, DT_INT2_REF: 131,
            DT_UINT2_REF: 132, DT_FLOAT4_E2M1FN_REF: 133,
          },
        },
        TensorShapeProto: {
          fields: {
            dim: { rule: 'repeated', type: 'Dim', id: 2 },
            unknown_rank: { type: 'bool', id: 3 },
          },
          nested: {
            Dim: {
              fields: {
                size: { type: 'int64', id: 1 },
                name: { type: 'string', id: 2 },
              },
            },
          },
        },
        ResourceHandleProto: {
          fields: {
            device: { type: 'string', id: 1 },
            container: { type: 'string', id: 2 },
            name: { type: 'string', id: 3 },
            hash_code: { type: 'uint64', id: 4 },
            maybe_type_name: { type: 'string', id: 5 },
            dtypes_and_shapes: { rule: 'repeated', type: 'DtypeAndShape', id: 6 },
          },
          nested: {
            DtypeAndShape: {
              fields: {
                dtype: { type: 'DataType', id: 1 },
                shape: { type: 'TensorShapeProto', id: 2 },
              },
            },
          },
        },
        VariantTensorDataProto: {
          fields: {
            type_name: { type: 'string', id: 1 },
            metadata: { type: 'bytes', id: 2 },
            tensors: { rule: 'repeated', type: 'TensorProto', id: 3 },
          },
        },
        TensorProto: {
          fields: {
            dtype: { type: 'DataType', id: 1 },
            tensor_shape: { type: 'TensorShapeProto', id: 2 },
            version_number: { type: 'int32', id: 3 },
            tensor_content: { type: 'bytes', id: 4 },
            float_val: { rule: 'repeated', type: 'float', id: 5 },
            double_val: { rule: 'repeated', type: 'double', id: 6 },
            int_val: { rule: 'repeated', type: 'int32', id: 7 },
            string_val: { rule: 'repeated', type: 'bytes', id: 8 },
            scomplex_val: { rule: 'repeated', type: 'float', id: 9 },
            int64_val: { rule: 'repeated', type: 'int64', id: 10 },
            bool_val: { rule: 'repeated', type: 'bool', id: 11 },
            dcomplex_val: { rule: 'repeated', type: 'double', id: 12 },
            half_val: { rule: 'repeated', type: 'int32', id: 13 },
            resource_handle_val: { rule: 'repeated', type: 'ResourceHandleProto', id: 14 },
            variant_val: { rule: 'repeated', type: 'VariantTensorDataProto', id: 15 },
            uint32_val: { rule: 'repeated', type: 'uint32', id: 16 },
            uint64_val: { rule: 'repeated', type: 'uint64', id: 17 },
            float8_val: { type: 'bytes', id: 18 },
          },
        },
        TensorSliceProto: {
          fields: {
            extent: { rule: 'repeated', type: 'Extent', id: 1 },
          },
          nested: {
            Extent: {
              oneofs: { has_length_hack: { oneof: ['length'] } },
              fields: {
                start: { type: 'int64', id: 1 },
                length: { type: 'int64', id: 2 },
              },
            },
          },
        },
        FullTypeId: {
          values: {
            TFT_UNSET: 0, TFT_VAR: 1, TFT_ANY: 2, TFT_PRODUCT: 3, TFT_NAMED: 4, TFT_FOR_EACH: 20,
            TFT_CALLABLE: 100, TFT_BOOL: 200, TFT_UINT8: 201, TFT_UINT16: 202, TFT_UINT32: 203,
            TFT_UINT64: 204, TFT_INT8: 205, TFT_INT16: 206, TFT_INT32: 207, TFT_INT64: 208,
            TFT_HALF: 209, TFT_FLOAT: 210, TFT_DOUBLE: 211, TFT_COMPLEX64: 212,
            TFT_COMPLEX128: 213, TFT_STRING: 214, TFT_BFLOAT16: 215, TFT_TENSOR: 1000,
            TFT_ARRAY: 1001, TFT_OPTIONAL: 1002, TFT_LITERAL: 1003, TFT_ENCODED: 1004,
            TFT_SHAPE_TENSOR: 1005, TFT_DATASET: 10102, TFT_RAGGED: 10103, TFT_ITERATOR: 10104,
            TFT_MUTEX_LOCK: 10202, TFT_LEGACY_VARIANT: 10203,
          },
        },
        FullTypeDef: {
          oneofs: { attr: { oneof: ['s', 'i'] } },
          fields: {
            type_id: { type: 'FullTypeId', id: 1 },
            args: { rule: 'repeated', type: 'FullTypeDef', id: 2 },
            s: { type: 'string', id: 3 },
            i: { type: 'int64', id: 4 },
          },
        },

        // ---------------------------------------------------------------- attrs, ops
        AttrValue: {
          oneofs: {
            value: { oneof: ['s', 'i', 'f', 'b', 'type', 'shape', 'tensor', 'list', 'func', 'placeholder'] },
          },
          fields: {
            list: { type: 'ListValue', id: 1 },
            s: { type: 'bytes', id: 2 },
            i: { type: 'int64', id: 3 },
            f: { type: 'float', id: 4 },
            b: { type: 'bool', id: 5 },
            type: { type: 'DataType', id: 6 },
            shape: { type: 'TensorShapeProto', id: 7 },
            tensor: { type: 'TensorProto', id: 8 },
            placeholder: { type: 'string', id: 9 },
            func: { type: 'NameAttrList', id: 10 },
          },
          nested: {
            ListValue: {
              fields: {
                s: { rule: 'repeated', type: 'bytes', id: 2 },
                i: { rule: 'repeated', type: 'int64', id: 3 },
                f: { rule: 'repeated', type: 'float', id: 4 },
                b: { rule: 'repeated', type: 'bool', id: 5 },
                type: { rule: 'repeated', type: 'DataType', id: 6 },
                shape: { rule: 'repeated', type: 'TensorShapeProto', id: 7 },
                tensor: { rule: 'repeated', type: 'TensorProto', id: 8 },
                func: { rule: 'repeated', type: 'NameAttrList', id: 9 },
              },
            },
          },
        },
        NameAttrList: {
          fields: {
            name: { type: 'string', id: 1 },
            attr: { keyType: 'string', type: 'AttrValue', id: 2 },
          },
        },
        OpDeprecation: {
          fields: {
            version: { type: 'int32', id: 1 },
            explanation: { type: 'string', id: 2 },
          },
        },
        OpDef: {
          fields: {
            name: { type: 'string', id: 1 },
            input_arg: { rule: 'repeated', type: 'ArgDef', id: 2 },
            output_arg: { rule: 'repeated', type: 'ArgDef', id: 3 },
            attr: { rule: 'repeated', type: 'AttrDef', id: 4 },
            summary: { type: 'string', id: 5 },
            description: { type: 'string', id: 6 },
            deprecation: { type: 'OpDeprecation', id: 8 },
            is_aggregate: { type: 'bool', id: 16 },
            is_stateful: { type: 'bool', id: 17 },
            is_commutative: { type: 'bool', id: 18 },
            allows_uninitialized_input: { type: 'bool', id: 19 },
            control_output: { rule: 'repeated', type: 'string', id: 20 },
            is_distributed_communication: { type: 'bool', id: 21 },
          },
          nested: {
            ArgDef: {
              fields: {
                name: { type: 'string', id: 1 },
                description: { type: 'string', id: 2 },
                type: { type: 'DataType', id: 3 },
                type_attr: { type: 'string', id: 4 },
                number_attr: { type: 'string', id: 5 },
                type_list_attr: { type: 'string', id: 6 },
                handle_data: { rule: 'repeated', type: 'ResourceHandleProto.DtypeAndShape', id: 7 },
                is_ref: { type: 'bool', id: 16 },
                experimental_full_type: { type: 'FullTypeDef', id: 17 },
              },
            },
            AttrDef: {
              fields: {
                name: { type: 'string', id: 1 },
                type: { type: 'string', id: 2 },
                default_value: { type: 'AttrValue', id: 3 },
                description: { type: 'string', id: 4 },
                has_minimum: { type: 'bool', id: 5 },
                minimum: { type: 'int64', id: 6 },
                allowed_values: { type: 'AttrValue', id: 7 },
              },
            },
          },
        },
        OpList: {
          fields: {
            op: { rule: 'repeated', type: 'OpDef', id: 1 },
          },
        },

        // ---------------------------------------------------------------- graphs, functions
        VersionDef: {
          fields: {
            producer: { type: 'int32', id: 1 },
            min_consumer: { type: 'int32', id: 2 },
            bad_consumers: { rule: 'repeated', type: 'int32', id: 3 },
          },
        },
        NodeDef: {
          fields: {
            name: { type: 'string', id: 1 },
            op: { type: 'string', id: 2 },
            input: { rule: 'repeated', type: 'string', id: 3 },
            device: { type: 'string', id: 4 },
            attr: { keyType: 'string', type: 'AttrValue', id: 5 },
            experimental_debug_info: { type: 'ExperimentalDebugInfo', id: 6 },
            experimental_type: { type: 'FullTypeDef', id: 7 },
          },
          nested: {
            ExperimentalDebugInfo: {
              fields: {
                original_node_names: { rule: 'repeated', type: 'string', id: 1 },
                original_func_names: { rule: 'repeated', type: 'string', id: 2 },
              },
            },
          },
        },
        FunctionDef: {
          fields: {
            signature: { type: 'OpDef', id: 1 },
            node_def: { rule: 'repeated', type: 'NodeDef', id: 3 },
            ret: { keyType: 'string', type: 'string', id: 4 },
            attr: { keyType: 'string', type: 'AttrValue', id: 5 },
            control_ret: { keyType: 'string', type: 'string', id: 6 },
            arg_attr: { keyType: 'uint32', type: 'ArgAttrs', id: 7 },
            resource_arg_unique_id: { keyType: 'uint32', type: 'uint32', id: 8 },
          },
          nested: {
            ArgAttrs: {
              fields: {
                attr: { keyType: 'string', type: 'AttrValue', id: 1 },
              },
            },
          },
        },
        GradientDef: {
          fields: {
            function_name: { type: 'string', id: 1 },
            gradient_func: { type: 'string', id: 2 },
          },
        },
        RegisteredGradient: {
          fields: {
            gradient_func: { type: 'string', id: 1 },
            registered_op_type: { type: 'string', id: 2 },
          },
        },
        FunctionDefLibrary: {
          fields: {
            function: { rule: 'repeated', type: 'FunctionDef', id: 1 },
            gradient: { rule: 'repeated', type: 'GradientDef', id: 2 },
            registered_gradients: { rule: 'repeated', type: 'RegisteredGradient', id: 3 },
          },
        },
        GraphDef: {
          fields: {
            node: { rule: 'repeated', type: 'NodeDef', id: 1 },
            library: { type: 'FunctionDefLibrary', id: 2 },
            version: { type: 'int32', id: 3 }, // deprecated by TF in favour of versions
            versions: { type: 'VersionDef', id: 4 },
            debug_info: { type: 'bytes', id: 5 }, // opaque tensorflow.GraphDebugInfo
          },
        },

        // ---------------------------------------------------------------- session configuration
        ThreadPoolOptionProto: {
          fields: {
            num_threads: { type: 'int32', id: 1 },
            global_name: { type: 'string', id: 2 },
          },
        },
        GPUOptions: {
          fields: {
            per_process_gpu_memory_fraction: { type: 'double', id: 1 },
            allocator_type: { type: 'string', id: 2 },
            deferred_deletion_bytes: { type: 'int64', id: 3 },
            allow_growth: { type: 'bool', id: 4 },
            visible_device_list: { type: 'string', id: 5 },
            polling_active_delay_usecs: { type: 'int32', id: 6 },
            polling_inactive_delay_msecs: { type: 'int32', id: 7 },
            force_gpu_compatible: { type: 'bool', id: 8 },
            experimental: { type: 'Experimental', id: 9 },
          },
          nested: {
            Experimental: {
              fields: {
                virtual_devices: { rule: 'repeated', type: 'VirtualDevices', id: 1 },
                use_unified_memory: { type: 'bool', id: 2 },
                num_dev_to_dev_copy_streams: { type: 'int32', id: 3 },
                collective_ring_order: { type: 'string', id: 4 },
                timestamped_allocator: { type: 'bool', id: 5 },
                kernel_tracker_max_interval: { type: 'int32', id: 7 },
                kernel_tracker_max_bytes: { type: 'int32', id: 8 },
                kernel_tracker_max_pending: { type: 'int32', id: 9 },
                internal_fragmentation_fraction: { type: 'double', id: 10 },
                use_cuda_malloc_async: { type: 'bool', id: 11 },
                disallow_retry_on_allocation_failure: { type: 'bool', id: 12 },
                gpu_host_mem_limit_in_mb: { type: 'float', id: 13 },
                gpu_host_mem_disallow_growth: { type: 'bool', id: 14 },
                num_virtual_devices_per_gpu: { type: 'int32', id: 15 },
                gpu_system_memory_size_in_mb: { type: 'int32', id: 16 },
                populate_pjrt_gpu_client_creation_info: { type: 'bool', id: 17 },
                node_id: { type: 'int32', id: 18 },
                stream_merge_options: { type: 'StreamMergeOptions', id: 19 },
              },
              nested: {
                VirtualDevices: {
                  fields: {
                    memory_limit_mb: { rule: 'repeated', type: 'float', id: 1 },
                    priority: { rule: 'repeated', type: 'int32', id: 2 },
                    device_ordinal: { rule: 'repeated', type: 'int32', id: 3 },
                  },
                },
                StreamMergeOptions: {
                  fields: {
                    merge_host_to_device_stream: { type: 'bool', id: 1 },
                    merge_device_to_host_stream: { type: 'bool', id: 2 },
                    merge_device_to_device_stream: { type: 'bool', id: 3 },
                  },
                },
              },
            },
          },
        },
        OptimizerOptions: {
          fields: {
            do_common_subexpression_elimination: { type: 'bool', id: 1 },
            do_constant_folding: { type: 'bool', id: 2 },
            opt_level: { type: 'Level', id: 3 },
            do_function_inlining: { type: 'bool', id: 4 },
            global_jit_level: { type: 'GlobalJitLevel', id: 5 },
            max_folded_constant_in_bytes: { type: 'int64', id: 6 },
            cpu_global_jit: { type: 'bool', id: 7 },
          },
          nested: {
            Level: { values: { L1: 0, L0: -1 } },
            GlobalJitLevel: { values: { DEFAULT: 0, OFF: -1, ON_1: 1, ON_2: 2 } },
          },
        },
        AutoParallelOptions: {
          fields: {
            enable: { type: 'bool', id: 1 },
            num_replicas: { type: 'int32', id: 2 },
          },
        },
        ScopedAllocatorOptions: {
          fields: {
            enable_op: { rule: 'repeated', type: 'string', id: 1 },
          },
        },
        VerifierConfig: {
          fields: {
            verification_timeout_in_ms: { type: 'int64', id: 1 },
            structure_verifier: { type: 'Toggle', id: 2 },
          },
          nested: {
            Toggle: { values: { DEFAULT: 0, ON: 1, OFF: 2 } },
          },
        },
        RewriterConfig: {
          fields: {
            layout_optimizer: toggle(1),
            disable_model_pruning: { type: 'bool', id: 2 },
            constant_folding: toggle(3),
            memory_optimization: { type: 'MemOptType', id: 4 },
            auto_parallel: { type: 'AutoParallelOptions', id: 5 },
            memory_optimizer_target_node_name_scope: { type: 'string', id: 6 },
            arithmetic_optimization: toggle(7),
            dependency_optimization: toggle(8),
            loop_optimization: toggle(9),
            function_optimization: toggle(10),
            debug_stripper: toggle(11),
            meta_optimizer_iterations: { type: 'NumIterationsType', id: 12 },
            shape_optimization: toggle(13),
            remapping: toggle(14),
            scoped_allocator_optimization: toggle(15),
            scoped_allocator_opts: { type: 'ScopedAllocatorOptions', id: 16 },
            min_graph_nodes: { type: 'int32', id: 17 },
            pin_to_host_optimization: toggle(18),
            disable_meta_optimizer: { type: 'bool', id: 19 },
            meta_optimizer_timeout_ms: { type: 'int64', id: 20 },
            fail_on_optimizer_errors: { type: 'bool', id: 21 },
            implementation_selector: toggle(22),
            auto_mixed_precision: toggle(23),
            common_subgraph_elimination: toggle(24),
            auto_mixed_precision_mkl: toggle(25),
            experimental_disable_compressed_tensor_optimization: { type: 'bool', id: 26 },
            experimental_disable_folding_quantization_emulation: { type: 'bool', id: 27 },
            use_plugin_optimizers: toggle(28),
            auto_mixed_precision_cpu: toggle(29),
            experimental_conditional_code_motion: toggle(30),
            auto_mixed_precision_onednn_bfloat16: toggle(31),
            disable_tfg_optimizer: { type: 'bool', id: 32 },
            cpu_layout_conversion: { type: 'CpuLayout', id: 50 },
            optimizers: { rule: 'repeated', type: 'string', id: 100 },
            custom_optimizers: { rule: 'repeated', type: 'CustomGraphOptimizer', id: 200 },
            inter_optimizer_verifier_config: { type: 'VerifierConfig', id: 300 },
            post_optimization_verifier_config: { type: 'VerifierConfig', id: 301 },
          },
          nested: {
            Toggle: {
              values: { DEFAULT: 0, ON: 1, OFF: 2, AGGRESSIVE: 3, EXPERIMENTAL_MLIR: 4, EXPERIMENTAL_BOTH: 5 },
            },
            CpuLayout: { values: { NO_CONVERSION_ON_CPU: 0, NCHW_TO_NHWC: 1, NHWC_TO_NCHW: 2 } },
            NumIterationsType: { values: { DEFAULT_NUM_ITERS: 0, ONE: 1, TWO: 2 } },
            MemOptType: {
              values: {
                DEFAULT_MEM_OPT: 0, NO_MEM_OPT: 1, MANUAL: 2, HEURISTICS: 3, SWAPPING_HEURISTICS: 4,
                RECOMPUTATION_HEURISTICS: 5, SCHEDULING_HEURISTICS: 6,
              },
            },
            CustomGraphOptimizer: {
              fields: {
                name: { type: 'string', id: 1 },
                parameter_map: { keyType: 'string', type: 'AttrValue', id: 2 },
              },
            },
          },
        },
        GraphOptions: {
          fields: {
            enable_recv_scheduling: { type: 'bool', id: 2 },
            optimizer_options: { type: 'OptimizerOptions', id: 3 },
            build_cost_model: { type: 'int64', id: 4 },
            infer_shapes: { type: 'bool', id: 5 },
            place_pruned_graph: { type: 'bool', id: 6 },
            enable_bfloat16_sendrecv: { type: 'bool', id: 7 },
            timeline_step: { type: 'int32', id: 8 },
            build_cost_model_after: { type: 'int64', id: 9 },
            rewrite_options: { type: 'RewriterConfig', id: 10 },
          },
        },
        RPCOptions: {
          fields: {
            use_rpc_for_inprocess_master: { type: 'bool', id: 1 },
            compression_algorithm: { type: 'string', id: 2 },
            compression_level: { type: 'int32', id: 3 },
            cache_rpc_response: { type: 'bool', id: 4 },
            disable_session_connection_sharing: { type: 'bool', id: 5 },
            num_channels_per_target: { type: 'int32', id: 6 },
          },
        },
        SessionMetadata: {
          fields: {
            name: { type: 'string', id: 1 },
            version: { type: 'int64', id: 2 },
          },
        },
        ConfigProto: {
          fields: {
            device_count: { keyType: 'string', type: 'int32', id: 1 },
            intra_op_parallelism_threads: { type: 'int32', id: 2 },
            placement_period: { type: 'int32', id: 3 },
            device_filters: { rule: 'repeated', type: 'string', id: 4 },
            inter_op_parallelism_threads: { type: 'int32', id: 5 },
            gpu_options: { type: 'GPUOptions', id: 6 },
            allow_soft_placement: { type: 'bool', id: 7 },
            log_device_placement: { type: 'bool', id: 8 },
            use_per_session_threads: { type: 'bool', id: 9 },
            graph_options: { type: 'GraphOptions', id: 10 },
            operation_timeout_in_ms: { type: 'int64', id: 11 },
            session_inter_op_thread_pool: { rule: 'repeated', type: 'ThreadPoolOptionProto', id: 12 },
            rpc_options: { type: 'RPCOptions', id: 13 },
            cluster_def: { type: 'bytes', id: 14 }, // opaque tensorflow.ClusterDef
            isolate_session_state: { type: 'bool', id: 15 },
            experimental: { type: 'Experimental', id: 16 },
            share_cluster_devices_in_session: { type: 'bool', id: 17 },
            pluggable_device_options: { type: 'GPUOptions', id: 18 },
          },
          nested: {
            Experimental: {
              fields: {
                collective_group_leader: { type: 'string', id: 1 },
                executor_type: { type: 'string', id: 3 },
                recv_buf_max_chunk: { type: 'int32', id: 4 },
                use_numa_affinity: { type: 'bool', id: 5 },
                collective_deterministic_sequential_execution: { type: 'bool', id: 6 },
                collective_nccl: { type: 'bool', id: 7 },
                share_session_state_in_clusterspec_propagation: { type: 'bool', id: 8 },
                disable_thread_spinning: { type: 'bool', id: 9 },
                share_cluster_devices_in_session: { type: 'bool', id: 10 },
                session_metadata: { type: 'SessionMetadata', id: 11 },
                optimize_for_static_graph: { type: 'bool', id: 12 },
                enable_mlir_bridge: { type: 'bool', id: 13 },
                disable_output_partition_graphs: { type: 'bool', id: 14 },
                xla_fusion_autotuner_thresh: { type: 'int64', id: 15 },
                enable_mlir_graph_optimization: { type: 'bool', id: 16 },
                mlir_bridge_rollout: { type: 'MlirBridgeRollout', id: 17 },
                use_tfrt: { type: 'bool', id: 18 },
                disable_functional_ops_lowering: { type: 'bool', id: 21 },
                xla_prefer_single_graph_cluster: { type: 'bool', id: 22 },
                coordination_config: { type: 'bytes', id: 23 }, // opaque tensorflow.CoordinationServiceConfig
                disable_optimize_for_static_graph: { type: 'bool', id: 24 },
                disable_eager_executor_streaming_enqueue: { type: 'bool', id: 26 },
                enable_multi_host: { type: 'bool', id: 27 },
                backend_server_port: { type: 'int32', id: 28 },
                target_tpu: { type: 'bool', id: 29 },
                target_gpu: { type: 'bool', id: 30 },
                stream_merge_threshold: { type: 'int32', id: 31 },
                tfrt_use_ifrt: { type: 'bool', id: 32 },
                finalize_function_library_runtime: { type: 'bool', id: 33 },
                finalize_resource_manager: { type: 'bool', id: 34 },
                tf2xla_dump_dir: { type: 'string', id: 35 },
                online_cost_analysis: { type: 'bool', id: 36 },
              },
              nested: {
                MlirBridgeRollout: {
                  values: {
                    MLIR_BRIDGE_ROLLOUT_UNSPECIFIED: 0, MLIR_BRIDGE_ROLLOUT_ENABLED: 1,
                    MLIR_BRIDGE_ROLLOUT_DISABLED: 2,
                  },
                },
              },
            },
          },
        },
        // ---------------------------------------------------------------- distributed runtime
        JobDef: {
          fields: {
            name: { type: 'string', id: 1 },
            tasks: { keyType: 'int32', type: 'string', id: 2 },
          },
        },
        ClusterDef: {
          fields: {
            job: { rule: 'repeated', type: 'JobDef', id: 1 },
          },
        },
        ServerDef: {
          fields: {
            cluster: { type: 'ClusterDef', id: 1 },
            job_name: { type: 'string', id: 2 },
            task_index: { type: 'int32', id: 3 },
            default_session_config: { type: 'ConfigProto', id: 4 },
            protocol: { type: 'string', id: 5 },
            port: { type: 'int32', id: 6 },
            cluster_device_filters: { type: 'bytes', id: 7 }, // opaque tensorflow.ClusterDeviceFilters
            replica: { type: 'int32', id: 8 },
          },
        },
        RunOptions: {
          fields: {
            trace_level: { type: 'TraceLevel', id: 1 },
            timeout_in_ms: { type: 'int64', id: 2 },
            inter_op_thread_pool: { type: 'int32', id: 3 },
            output_partition_graphs: { type: 'bool', id: 5 },
            debug_options: { type: 'bytes', id: 6 }, // opaque tensorflow.DebugOptions
            report_tensor_allocations_upon_oom: { type: 'bool', id: 7 },
            experimental: { type: 'Experimental', id: 8 },
          },
          nested: {
            TraceLevel: { values: { NO_TRACE: 0, SOFTWARE_TRACE: 1, HARDWARE_TRACE: 2, FULL_TRACE: 3 } },
            Experimental: {
              fields: {
                collective_graph_key: { type: 'int64', id: 1 },
                use_run_handler_pool: { type: 'bool', id: 2 },
                run_handler_pool_options: { type: 'RunHandlerPoolOptions', id: 3 },
              },
              nested: {
                RunHandlerPoolOptions: {
                  fields: {
                    priority: { type: 'int64', id: 1 },
                  },
                },
              },
            },
          },
        },
        RunMetadata: {
          fields: {
            step_stats: { type: 'bytes', id: 1 }, // opaque tensorflow.StepStats
            cost_graph: { type: 'bytes', id: 2 }, // opaque tensorflow.CostGraphDef
            partition_graphs: { rule: 'repeated', type: 'GraphDef', id: 3 },
            function_graphs: { rule: 'repeated', type: 'FunctionGraphs', id: 4 },
            session_metadata: { type: 'SessionMetadata', id: 5 },
          },
          nested: {
            FunctionGraphs: {
              fields: {
                partition_graphs: { rule: 'repeated', type: 'GraphDef', id: 1 },
                pre_optimization_graph: { type: 'GraphDef', id: 2 },
                post_optimization_graph: { type: 'GraphDef', id: 3 },
              },
            },
          },
        },

        // ---------------------------------------------------------------- SavedModel, MetaGraphDef
        SaverDef: {
          fields: {
            filename_tensor_name: { type: 'string', id: 1 },
            save_tensor_name: { type: 'string', id: 2 },
            restore_op_name: { type: 'string', id: 3 },
            max_to_keep: { type: 'int32', id: 4 },
            sharded: { type: 'bool', id: 5 },
            keep_checkpoint_every_n_hours: { type: 'float', id: 6 },
            version: { type: 'CheckpointFormatVersion', id: 7 },
          },
          nested: {
            CheckpointFormatVersion: { values: { LEGACY: 0, V1: 1, V2: 2 } },
          },
        },
        CollectionDef: {
          oneofs: {
            kind: { oneof: ['node_list', 'bytes_list', 'int64_list', 'float_list', 'any_list'] },
          },
          fields: {
            node_list: { type: 'NodeList', id: 1 },
            bytes_list: { type: 'BytesList', id: 2 },
            int64_list: { type: 'Int64List', id: 3 },
            float_list: { type: 'FloatList', id: 4 },
            any_list: { type: 'AnyList', id: 5 },
          },
          nested: {
            NodeList: { fields: { value: { rule: 'repeated', type: 'string', id: 1 } } },
            BytesList: { fields: { value: { rule: 'repeated', type: 'bytes', id: 1 } } },
            Int64List: { fields: { value: { rule: 'repeated', type: 'int64', id: 1 } } },
            FloatList: { fields: { value: { rule: 'repeated', type: 'float', id: 1 } } },
            AnyList: { fields: { value: { rule: 'repeated', type: 'google.protobuf.Any', id: 1 } } },
          },
        },
        TypeSpecProto: {
          fields: {
            type_spec_class: { type: 'TypeSpecClass', id: 1 },
            type_state: { type: 'bytes', id: 2 }, // opaque tensorflow.StructuredValue
            type_spec_class_name: { type: 'string', id: 3 },
            num_flat_components: { type: 'int32', id: 4 },
          },
          nested: {
            TypeSpecClass: {
              values: {
                UNKNOWN: 0, SPARSE_TENSOR_SPEC: 1, INDEXED_SLICES_SPEC: 2, RAGGED_TENSOR_SPEC: 3,
                TENSOR_ARRAY_SPEC: 4, DATA_DATASET_SPEC: 5, DATA_ITERATOR_SPEC: 6, OPTIONAL_SPEC: 7,
                PER_REPLICA_SPEC: 8, VARIABLE_SPEC: 9, ROW_PARTITION_SPEC: 10,
                REGISTERED_TYPE_SPEC: 12, EXTENSION_TYPE_SPEC: 13,
              },
            },
          },
        },
        TensorInfo: {
          oneofs: { encoding: { oneof: ['name', 'coo_sparse', 'composite_tensor'] } },
          fields: {
            name: { type: 'string', id: 1 },
            dtype: { type: 'DataType', id: 2 },
            tensor_shape: { type: 'TensorShapeProto', id: 3 },
            coo_sparse: { type: 'CooSparse', id: 4 },
            composite_tensor: { type: 'CompositeTensor', id: 5 },
          },
          nested: {
            CooSparse: {
              fields: {
                values_tensor_name: { type: 'string', id: 1 },
                indices_tensor_name: { type: 'string', id: 2 },
                dense_shape_tensor_name: { type: 'string', id: 3 },
              },
            },
            CompositeTensor: {
              fields: {
                type_spec: { type: 'TypeSpecProto', id: 1 },
                components: { rule: 'repeated', type: 'TensorInfo', id: 2 },
              },
            },
          },
        },
        SignatureDef: {
          fields: {
            inputs: { keyType: 'string', type: 'TensorInfo', id: 1 },
            outputs: { keyType: 'string', type: 'TensorInfo', id: 2 },
            method_name: { type: 'string', id: 3 },
            defaults: { keyType: 'string', type: 'TensorProto', id: 4 },
          },
        },
        AssetFileDef: {
          fields: {
            tensor_info: { type: 'TensorInfo', id: 1 },
            filename: { type: 'string', id: 2 },
          },
        },
        MetaGraphDef: {
          fields: {
            meta_info_def: { type: 'MetaInfoDef', id: 1 },
            graph_def: { type: 'GraphDef', id: 2 },
            saver_def: { type: 'SaverDef', id: 3 },
            collection_def: { keyType: 'string', type: 'CollectionDef', id: 4 },
            signature_def: { keyType: 'string', type: 'SignatureDef', id: 5 },
            asset_file_def: { rule: 'repeated', type: 'AssetFileDef', id: 6 },
            object_graph_def: { type: 'bytes', id: 7 }, // opaque tensorflow.SavedObjectGraph
          },
          nested: {
            MetaInfoDef: {
              fields: {
                meta_graph_version: { type: 'string', id: 1 },
                stripped_op_list: { type: 'OpList', id: 2 },
                any_info: { type: 'google.protobuf.Any', id: 3 },
                tags: { rule: 'repeated', type: 'string', id: 4 },
                tensorflow_version: { type: 'string', id: 5 },
                tensorflow_git_version: { type: 'string', id: 6 },
                stripped_default_attrs: { type: 'bool', id: 7 },
                function_aliases: { keyType: 'string', type: 'string', id: 8 },
              },
            },
          },
        },
        SavedModel: {
          fields: {
            saved_model_schema_version: { type: 'int64', id: 1 },
            meta_graphs: { rule: 'repeated', type: 'MetaGraphDef', id: 2 },
          },
        },

        // ---------------------------------------------------------------- TensorBoard events
        DataClass: {
          values: {
            DATA_CLASS_UNKNOWN: 0, DATA_CLASS_SCALAR: 1, DATA_CLASS_TENSOR: 2,
            DATA_CLASS_BLOB_SEQUENCE: 3,
          },
        },
        SummaryMetadata: {
          fields: {
            plugin_data: { type: 'PluginData', id: 1 },
            display_name: { type: 'string', id: 2 },
            summary_description: { type: 'string', id: 3 },
            data_class: { type: 'DataClass', id: 4 },
          },
          nested: {
            PluginData: {
              fields: {
                plugin_name: { type: 'string', id: 1 },
                content: { type: 'bytes', id: 2 },
              },
            },
          },
        },
        HistogramProto: {
          fields: {
            min: { type: 'double', id: 1 },
            max: { type: 'double', id: 2 },
            num: { type: 'double', id: 3 },
            sum: { type: 'double', id: 4 },
            sum_squares: { type: 'double', id: 5 },
            bucket_limit: { rule: 'repeated', type: 'double', id: 6 },
            bucket: { rule: 'repeated', type: 'double', id: 7 },
          },
        },
        Summary: {
          fields: {
            value: { rule: 'repeated', type: 'Value', id: 1 },
          },
          nested: {
            Image: {
              fields: {
                height: { type: 'int32', id: 1 },
                width: { type: 'int32', id: 2 },
                colorspace: { type: 'int32', id: 3 },
                encoded_image_string: { type: 'bytes', id: 4 },
              },
            },
            Audio: {
              fields: {
                sample_rate: { type: 'float', id: 1 },
                num_channels: { type: 'int64', id: 2 },
                length_frames: { type: 'int64', id: 3 },
                encoded_audio_string: { type: 'bytes', id: 4 },
                content_type: { type: 'string', id: 5 },
              },
            },
            Value: {
              oneofs: {
                value: { oneof: ['simple_value', 'obsolete_old_style_histogram', 'image', 'histo', 'audio', 'tensor'] },
              },
              fields: {
                tag: { type: 'string', id: 1 },
                simple_value: { type: 'float', id: 2 },
                obsolete_old_style_histogram: { type: 'bytes', id: 3 },
                image: { type: 'Image', id: 4 },
                histo: { type: 'HistogramProto', id: 5 },
                audio: { type: 'Audio', id: 6 },
                node_name: { type: 'string', id: 7 },
                tensor: { type: 'TensorProto', id: 8 },
                metadata: { type: 'SummaryMetadata', id: 9 },
              },
            },
          },
        },
        LogMessage: {
          fields: {
            level: { type: 'Level', id: 1 },
            message: { type: 'string', id: 2 },
          },
          nested: {
            Level: { values: { UNKNOWN: 0, DEBUGGING: 10, INFO: 20, WARN: 30, ERROR: 40, FATAL: 50 } },
          },
        },
        SessionLog: {
          fields: {
            status: { type: 'SessionStatus', id: 1 },
            checkpoint_path: { type: 'string', id: 2 },
            msg: { type: 'string', id: 3 },
          },
          nested: {
            SessionStatus: { values: { STATUS_UNSPECIFIED: 0, START: 1, STOP: 2, CHECKPOINT: 3 } },
          },
        },
        TaggedRunMetadata: {
          fields: {
            tag: { type: 'string', id: 1 },
            run_metadata: { type: 'bytes', id: 2 }, // TF itself declares this bytes (a RunMetadata)
          },
        },
        SourceMetadata: {
          fields: {
            writer: { type: 'string', id: 1 },
          },
        },
        Event: {
          oneofs: {
            what: {
              oneof: ['file_version', 'graph_def', 'summary', 'log_message', 'session_log', 'tagged_run_metadata', 'meta_graph_def'],
            },
          },
          fields: {
            wall_time: { type: 'double', id: 1 },
            step: { type: 'int64', id: 2 },
            file_version: { type: 'string', id: 3 },
            graph_def: { type: 'bytes', id: 4 }, // TF itself declares this bytes (a GraphDef)
            summary: { type: 'Summary', id: 5 },
            log_message: { type: 'LogMessage', id: 6 },
            session_log: { type: 'SessionLog', id: 7 },
            tagged_run_metadata: { type: 'TaggedRunMetadata', id: 8 },
            meta_graph_def: { type: 'bytes', id: 9 }, // TF itself declares this bytes (a MetaGraphDef)
            source_metadata: { type: 'SourceMetadata', id: 10 },
          },
        },

        // ---------------------------------------------------------------- checkpoints (bundle)
        BundleHeaderProto: {
          fields: {
            num_shards: { type: 'int32', id: 1 },
            endianness: { type: 'Endianness', id: 2 },
            version: { type: 'VersionDef', id: 3 },
          },
          nested: {
            Endianness: { values: { LITTLE: 0, BIG: 1 } },
          },
        },
        BundleEntryProto: {
          fields: {
            dtype: { type: 'DataType', id: 1 },
            shape: { type: 'TensorShapeProto', id: 2 },
            shard_id: { type: 'int32', id: 3 },
            offset: { type: 'int64', id: 4 },
            size: { type: 'int64', id: 5 },
            crc32c: { type: 'fixed32', id: 6 },
            slices: { rule: 'repeated', type: 'TensorSliceProto', id: 7 },
          },
        },
      },
    },
  },
};
