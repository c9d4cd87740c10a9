// verdict: ForbiddenApi
// message: TorchSharp.torch.nn.Module
class Lingering : torch.nn.Module<Tensor, Tensor>
{
    // No finalizer syntax here. Module's own finalizer calls Dispose(bool), so this override would run on the
    // finalizer thread after the submission ended, spinning there for every later submission.
    public Lingering() : base("lingering") { }

    public override Tensor forward(Tensor input) => input;

    protected override void Dispose(bool disposing)
    {
        while (true) { }
    }
}

(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    new Lingering();
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
