#:package Microsoft.Diagnostics.Tracing.TraceEvent@3.1.21
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;

var path = args[0];
var etlx = TraceLog.CreateFromEventPipeDataFile(path);
using var log = new TraceLog(etlx);
var excl = new Dictionary<string, int>();
var incl = new Dictionary<string, int>();
int total = 0;
string filter = args.Length > 1 ? args[1] : "";
foreach (var ev in log.Events)
{
    if (ev.ProviderName != "Microsoft-DotNETCore-SampleProfiler" || ev.EventName != "Thread/Sample") continue;
    var stack = ev.CallStack();
    if (stack == null) continue;
    // only running managed samples: payload Type == 2
    var type = ev.PayloadByName("Type");
    if (type is int t && t != 2) continue;
    var frames = new List<string>();
    for (var s = stack; s != null; s = s.Caller)
    {
        var m = s.CodeAddress.FullMethodName;
        if (string.IsNullOrEmpty(m)) m = s.CodeAddress.ModuleName + "!?";
        frames.Add(m);
    }
    if (filter != "" && !frames.Any(f => f.Contains(filter))) continue;
    total++;
    excl[frames[0]] = excl.GetValueOrDefault(frames[0]) + 1;
    foreach (var f in frames.Distinct()) incl[f] = incl.GetValueOrDefault(f) + 1;
}
Console.WriteLine($"samples {total}");
Console.WriteLine("== exclusive");
foreach (var (k, v) in excl.OrderByDescending(p => p.Value).Take(40)) Console.WriteLine($"{v,6} {100.0 * v / total,5:F1}% {k}");
Console.WriteLine("== inclusive");
foreach (var (k, v) in incl.OrderByDescending(p => p.Value).Take(70)) Console.WriteLine($"{v,6} {100.0 * v / total,5:F1}% {k}");
