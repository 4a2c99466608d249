// A csc for MSBuild's Csc task (-p:CscToolPath=<this folder> -p:CscToolExe=<this program>), built on the compiler of the
// .NET 8 SDK, Microsoft.CodeAnalysis.CSharp 4.8.0. Neither that SDK nor its compiler package can be installed where
// the tests run; this host gives the generator and its analyzer a real run under Roslyn 4.8 all the same, with the
// command line, files, options and analyzer loading of a real build. It runs on the installed .NET runtime, not .NET 8.
//
// Besides csc's output it prints lines starting with "PostGenerator.Roslyn48:": the compiler version it runs, and the
// analyzer assemblies it loaded and from where, for a test to check. MSBuild logs a compiler's plain output at
// detailed verbosity (and anything on standard error as an error, which is why these lines are not there).
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PostGenerator.Roslyn48;

const string Tag = "PostGenerator.Roslyn48:";
var expected = new Version(4, 8, 0, 0);
var compilers = new[] { typeof(Compilation).Assembly, typeof(CSharpCompilation).Assembly };
if (compilers.FirstOrDefault(assembly => assembly.GetName().Version != expected) is { } wrong)
{
    Console.WriteLine($"{Tag} error: {wrong.GetName().Name} {wrong.GetName().Version} is loaded, not {expected}.");
    return 1;
}

// MSBuild reads the compiler's output as UTF-8 (it passes /utf8output); paths and messages may be Chinese.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var compiler = typeof(CSharpCompilation).Assembly;
Console.WriteLine($"{Tag} {compiler.GetName().Name} {compiler.GetName().Version} ({compiler.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}) on .NET {Environment.Version}");

var run = new Compiler(Console.Out);
var exitCode = run.Run(args);
foreach (var assembly in run.LoadedFromAnalyzerFolders)
{
    Console.WriteLine($"{Tag} loaded {assembly.GetName().Name} {assembly.GetName().Version} from {assembly.Location}");
}

return exitCode;
