using Initialization.Grader.Protocol;
using Initialization.Grader.Worker;

// The worker serves submissions in turn: Ready, then for each one Load, Initialize, any number of
// Calls and (before the next) Unload, until stdin closes. It never decides a score; a crash or
// hang here is seen, and judged, by the grader.
const int StudentStackBytes = 1024 * 1024;

var channel = ProtocolChannel.Open();
var console = new BoundedTextWriter(ProtocolLimits.MaxConsoleChars);
Console.SetOut(console);
Console.SetError(console);
var host = new SubmissionHost(console);

// Student code runs on a thread with a 1 MB stack (the main thread's is 8 MB on Linux), so an
// endless recursion overflows in milliseconds instead of seconds.
var serve = new Thread(
    () =>
    {
        channel.Send(MessageCodec.Encode(MessageKind.Ready, _ => { }));
        while (channel.ReadRequest() is { } payload)
        {
            var (kind, body) = MessageCodec.Open(payload);
            var response = kind switch
            {
                MessageKind.Load => host.Load(LoadRequest.Decode(body)).Encode(),
                MessageKind.Initialize => host.Initialize().Encode(),
                MessageKind.Call => host.Call(CallRequest.Decode(body)).Encode(),
                MessageKind.Unload => host.Unload(UnloadRequest.Decode(body)).Encode(),
                _ => throw new InvalidDataException($"unexpected message {kind}"),
            };
            channel.Send(response);
        }
    },
    StudentStackBytes)
{ Name = "submission" };
serve.Start();
serve.Join();
return 0;
