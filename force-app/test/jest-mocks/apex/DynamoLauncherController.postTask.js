// Imperative only: tests set its answer with mockResolvedValue / mockRejectedValue.
export default jest.fn();
