"""Keras layer configs → readable Python code that builds the same network.

Works from ``model.get_config()`` (what ``from_config`` itself uses), so every model Keras can
save is covered: Sequential (``cnn.add(...)`` lines, as in program 8-1), Functional (one
variable per layer output, shared layers called again), and models nested inside models (one
``build_NAME()`` function each, like the members of the shipped digits ensemble). A layer's
arguments are written only where they differ from the layer's defaults, so the code reads like
a person wrote it.
"""

from __future__ import annotations

import inspect
import json
import keyword
import re
from dataclasses import dataclass, field
from typing import Any

MODEL_CLASSES = ("Functional", "Sequential", "Model")


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower().replace("2_d", "2d").replace("1_d", "1d")


def py(value: Any) -> str:
    """``value`` as Python source: short int lists become tuples, Keras objects constructors."""
    if isinstance(value, dict):
        if "class_name" in value and "config" in value:
            module = str(value.get("module") or "")
            args = ", ".join(f"{k}={py(v)}" for k, v in (value["config"] or {}).items())
            if module.startswith("keras.") and not module.startswith("keras.src"):
                return f"{module}.{value['class_name']}({args})"
            return f"keras.saving.deserialize_keras_object({value!r})"
        return "{" + ", ".join(f"{py(k)}: {py(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        items = [py(v) for v in value]
        if 1 <= len(value) <= 4 and all(isinstance(v, int | float) for v in value):
            return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
        return "[" + ", ".join(items) + "]"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a valid Python literal, double quotes
    return repr(value)


@dataclass
class Code:
    """Emitted code: functions (nested models first) and the imports they need."""

    functions: list[str] = field(default_factory=list)
    layer_imports: set[str] = field(default_factory=set)
    model_imports: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)

    def identifier(self, wanted: str, taken: set[str]) -> str:
        base = re.sub(r"\W", "_", wanted).strip("_") or "x"
        if base[0].isdigit() or keyword.iskeyword(base):
            base = "x_" + base
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}_{n}"
        taken.add(name)
        return name


class Emitter:
    """Turns layer configs into constructor calls, comparing each with the layer's defaults."""

    def __init__(self, keras):
        self.keras = keras
        self._defaults: dict[str, dict[str, Any]] = {}

    def layer_class(self, entry: dict[str, Any]):
        name = entry["class_name"]
        cls = getattr(self.keras.layers, name, None)
        if cls is None:
            raise ValueError(f"layer class {name} is not a standard Keras layer")
        return cls

    def _required(self, cls) -> list[str]:
        out = []
        for pname, param in inspect.signature(cls.__init__).parameters.items():
            if pname == "self" or param.kind in (param.VAR_KEYWORD, param.VAR_POSITIONAL):
                continue
            if param.default is param.empty:
                out.append(pname)
        return out

    def _default_config(self, cls, required: dict[str, Any]) -> dict[str, Any]:
        key = cls.__name__ + repr(sorted(required.items()))
        if key not in self._defaults:
            try:
                self._defaults[key] = cls(**required).get_config()
            except Exception:  # noqa: BLE001 - a layer that needs more: write every argument
                self._defaults[key] = {}
        return self._defaults[key]

    def call(self, entry: dict[str, Any], code: Code) -> str:
        """``Conv2D(32, (3, 3), activation='relu')`` for one layer entry."""
        cls = self.layer_class(entry)
        config = dict(entry["config"])
        required_names = [n for n in self._required(cls) if n in config]
        required = {n: config[n] for n in required_names}
        defaults = self._default_config(cls, required)
        args = [py(config[n]) for n in required_names]
        for key, value in config.items():
            if key in required or key in ("name", "trainable", "dtype"):
                continue
            if key in defaults and defaults[key] == value:
                continue
            if key not in defaults and value is None:
                continue
            args.append(f"{key}={py(value)}")
        if config.get("dtype") is not None and defaults.get("dtype") not in (None, config["dtype"]):
            args.append(f"dtype={py(config['dtype'])}")
        if config.get("trainable") is False:
            args.append("trainable=False")
        name = config.get("name", "")
        if name and not self._auto_name(name, cls.__name__):
            args.append(f"name={py(name)}")
        code.layer_imports.add(cls.__name__)
        return f"{cls.__name__}({', '.join(args)})"

    @staticmethod
    def _auto_name(name: str, class_name: str) -> bool:
        base = _snake(class_name)
        return name == base or bool(re.fullmatch(re.escape(base) + r"_\d+", name))


def _is_model(entry: dict[str, Any]) -> bool:
    return entry.get("class_name") in MODEL_CLASSES and "layers" in (entry.get("config") or {})


def _input_shape(config: dict[str, Any]) -> tuple:
    shape = config.get("batch_shape") or config.get("batch_input_shape")
    return tuple(shape[1:]) if shape else tuple(config.get("shape") or ())


def emit_model(config: dict[str, Any], kind: str, function: str, code: Code, emitter: Emitter):
    """Append ``def function():`` that builds the model of ``config``; nested models first."""
    if kind == "Sequential":
        body = _sequential(config, code, emitter)
    else:
        body = _functional(config, code, emitter)
    title = config.get("name", "model")
    lines = [f"def {function}():", f'    """The network {title!r}, layer by layer."""', *body]
    code.functions.append("\n".join(lines))


def _nested(entry: dict[str, Any], code: Code, emitter: Emitter) -> str:
    name = entry["config"].get("name", "model")
    function = code.identifier("build_" + name, code.names)
    kind = "Sequential" if entry["class_name"] == "Sequential" else "Functional"
    emit_model(entry["config"], kind, function, code, emitter)
    return function


def _sequential(config: dict[str, Any], code: Code, emitter: Emitter) -> list[str]:
    code.model_imports.add("Sequential")
    var = "cnn"
    lines = [f"    {var} = Sequential(name={py(config.get('name', 'sequential'))})"]
    for entry in config["layers"]:
        if entry["class_name"] == "InputLayer":
            code.layer_imports.add("Input")
            shape = _input_shape(entry["config"])
            lines.append(f"    {var}.add(Input(shape={py(list(shape))}))")
        elif _is_model(entry):
            lines.append(f"    {var}.add({_nested(entry, code, emitter)}())")
        else:
            lines.append(f"    {var}.add({emitter.call(entry, code)})")
    shape = config.get("build_input_shape")
    if not any(e["class_name"] == "InputLayer" for e in config["layers"]) and shape:
        lines.append(f"    {var}.build({py(list(shape))})")
    lines.append(f"    return {var}")
    return lines


def _tensors(value: Any) -> list[tuple[str, int, int]]:
    """Every ``keras_history`` (layer, node, tensor) inside a node's arguments."""
    found = []
    if isinstance(value, dict):
        if value.get("class_name") == "__keras_tensor__":
            history = value["config"]["keras_history"]
            return [(history[0], int(history[1]), int(history[2]))]
        for item in value.values():
            found.extend(_tensors(item))
    elif isinstance(value, list | tuple):
        for item in value:
            found.extend(_tensors(item))
    return found


def _args_source(value: Any, variables: dict[tuple[str, int, int], str]) -> str:
    if isinstance(value, dict) and value.get("class_name") == "__keras_tensor__":
        history = value["config"]["keras_history"]
        return variables[(history[0], int(history[1]), int(history[2]))]
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_args_source(v, variables) for v in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{py(k)}: {_args_source(v, variables)}" for k, v in value.items())
        return "{" + inner + "}"
    return py(value)


def _references(refs: Any) -> list[tuple[str, int, int]]:
    """``input_layers`` / ``output_layers``: one ``[name, node, tensor]`` or a list of them."""
    if refs and isinstance(refs[0], str):
        refs = [refs]
    return [(r[0], int(r[1]), int(r[2])) for r in refs]


def _functional(config: dict[str, Any], code: Code, emitter: Emitter) -> list[str]:
    code.model_imports.add("Model")
    lines: list[str] = []
    taken: set[str] = {"keras", "Model", "Input"}
    variables: dict[tuple[str, int, int], str] = {}
    layer_vars: dict[str, str] = {}
    entries = {e["name"]: e for e in config["layers"]}
    pending: list[tuple[str, int]] = []
    for entry in config["layers"]:
        if entry["class_name"] == "InputLayer":
            code.layer_imports.add("Input")
            var = emitter_name = code.identifier(entry["name"], taken)
            shape = _input_shape(entry["config"])
            named = "" if re.fullmatch(r"input_layer(_\d+)?", entry["name"]) else entry["name"]
            lines.append(
                f"    {emitter_name} = Input(shape={py(list(shape))}"
                + (f", name={py(named)})" if named else ")")
            )
            variables[(entry["name"], 0, 0)] = var
            continue
        for node_index in range(len(entry.get("inbound_nodes") or [])):
            pending.append((entry["name"], node_index))
    while pending:  # emit calls in dependency order (Kahn), shared layers included
        progressed = False
        for item in list(pending):
            name, node_index = item
            node = entries[name]["inbound_nodes"][node_index]
            if not all(t in variables for t in _tensors(node)):
                continue
            pending.remove(item)
            progressed = True
            entry = entries[name]
            calls = len(entry["inbound_nodes"])
            if _is_model(entry):
                if name not in layer_vars:
                    function = _nested(entry, code, emitter)
                    layer_vars[name] = code.identifier(name, taken)
                    lines.append(f"    {layer_vars[name]} = {function}()")
                constructor = layer_vars[name]
            elif calls > 1:
                if name not in layer_vars:
                    layer_vars[name] = code.identifier(name + "_layer", taken)
                    lines.append(f"    {layer_vars[name]} = {emitter.call(entry, code)}")
                constructor = layer_vars[name]
            else:
                constructor = emitter.call(entry, code)
            args = node.get("args", [])
            call_args = [_args_source(a, variables) for a in args]
            call_args += [
                f"{k}={_args_source(v, variables)}"
                for k, v in node.get("kwargs", {}).items()
                if v is not None and k != "training"  # Keras passes training itself
            ]
            wanted = name if calls == 1 else f"{name}_{node_index}"
            out = code.identifier(wanted + ("_output" if _is_model(entry) else ""), taken)
            lines.append(f"    {out} = {constructor}({', '.join(call_args)})")
            variables[(name, node_index, 0)] = out
        if not progressed:
            raise ValueError("the layer graph could not be ordered (a cycle or a missing input)")
    inputs = [variables[r] for r in _references(config["input_layers"])]
    outputs = [variables[r] for r in _references(config["output_layers"])]
    ins = inputs[0] if len(inputs) == 1 else "[" + ", ".join(inputs) + "]"
    outs = outputs[0] if len(outputs) == 1 else "[" + ", ".join(outputs) + "]"
    lines.append(f"    return Model({ins}, {outs}, name={py(config.get('name', 'model'))})")
    return lines


def model_code(model, keras) -> Code:
    """The functions that rebuild ``model``; the last one, ``build_model``, builds all of it."""
    code = Code(names={"build_model"})
    kind = "Sequential" if type(model).__name__ == "Sequential" else "Functional"
    emit_model(model.get_config(), kind, "build_model", code, Emitter(keras))
    return code
