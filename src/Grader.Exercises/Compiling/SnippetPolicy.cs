namespace Grader.Exercises.Compiling;

/// <summary>
/// APIs no snippet may use in any exercise: whatever reaches outside the computation (files, network, processes,
/// environment), escapes the type system (reflection, interop, unsafe), runs code concurrently, or changes
/// process-wide state that the next submission would inherit (console streams, torch's global settings).
/// </summary>
public static class SnippetPolicy
{
    public static ApiRule Baseline { get; } = new(
        [
            "System.IO",
            "System.Net",
            "System.Diagnostics",
            "System.Reflection",
            "System.Threading",
            "System.Runtime",
            "System.Resources",
            "System.Security",
            "System.Environment",
            "System.GC",
            "System.AppDomain",
            "System.AppContext",
            "System.Activator",
            "System.Type",
            "System.Delegate.DynamicInvoke",
            "System.Console.SetOut",
            "System.Console.SetError",
            "System.Console.SetIn",
            "System.Console.In",
            "System.Console.Out",
            "System.Console.Error",
            "System.Console.Read",
            "System.Console.ReadLine",
            "System.Console.ReadKey",
            "System.Console.OpenStandardInput",
            "System.Console.OpenStandardOutput",
            "System.Console.OpenStandardError",
            "TorchSharp.PInvoke",
            "TorchSharp.torch.save",
            "TorchSharp.torch.load",
            "TorchSharp.torch.Tensor.save",
            "TorchSharp.torch.Tensor.Load",
            "TorchSharp.torch.Tensor.Save",
            "TorchSharp.torch.jit",
            "TorchSharp.torch.utils",
            "TorchSharp.torch.cuda",
            "TorchSharp.torch.backends",
            "TorchSharp.torch.manual_seed",
            "TorchSharp.torch.random",
            "TorchSharp.torch.set_default_dtype",
            "TorchSharp.torch.set_num_threads",
            "TorchSharp.torch.set_num_interop_threads",
            "TorchSharp.torch.set_grad_enabled",
            "TorchSharp.torch.set_printoptions",
        ],
        new LocalizedText(
            "Snippets may compute with tensors, numbers, strings and collections and print with Console.Write; files, the network, processes, threads, reflection, interop and global settings are off limits.",
            "程式片段可以使用張量、數值、字串與集合來計算，並用 Console.Write 輸出；檔案、網路、行程、執行緒、反射、原生互通與全域設定都不允許使用。"));
}
