// verdict: WrongAnswer
// misconception: returned-angle
// message: You returned the angle
Tensor Solve(Tensor x, Tensor y) => (x.dot(y) / (x.norm() * y.norm())).acos();
