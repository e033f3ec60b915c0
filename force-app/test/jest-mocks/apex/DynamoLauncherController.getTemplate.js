// The component calls getTemplate imperatively: tests set its answer with mockResolvedValue / mockRejectedValue.
export default jest.fn();
