// verdict: ForbiddenApi
// message: TorchSharp.torch.nn.Module
class Plain : torch.nn.Module<Tensor, Tensor>
{
    // Deriving alone is refused: the base type rule does not depend on which members are overridden.
    public Plain() : base("plain") { }

    public override Tensor forward(Tensor input) => input.cumsum(0);
}

(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(0, keepdim: true), new Plain().forward(A));
