using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;

namespace Initialization.Grader.Pipeline;

/// <summary>
/// Splits a method body's IL into instructions, for <see cref="IlReferenceReader"/>: each one's
/// offset, opcode and metadata token (0 when it has none, or only a string or a number).
/// </summary>
internal static class IlInstructionReader
{
    /// <summary>One instruction.</summary>
    /// <param name="Offset">Its offset in the body, which sequence points map to source lines.</param>
    /// <param name="OpCode">The opcode.</param>
    /// <param name="Token">The metadata token of its operand (a type, member, field or signature), or 0.</param>
    internal readonly record struct Instruction(int Offset, ILOpCode OpCode, int Token);

    /// <summary>Operand types by opcode value: one-byte opcodes at 0..255, two-byte (0xFE xx) at 256 + xx; null when unknown.</summary>
    private static readonly OperandType?[] s_operands = BuildOperandTable();

    /// <summary>Reads every instruction of <paramref name="il"/>.</summary>
    /// <param name="il">The body's IL.</param>
    /// <returns>The instructions in order.</returns>
    /// <exception cref="BadImageFormatException">An unknown opcode or a truncated operand.</exception>
    public static List<Instruction> Read(BlobReader il)
    {
        var instructions = new List<Instruction>();
        while (il.RemainingBytes > 0)
        {
            var offset = il.Offset;
            int value = il.ReadByte();
            if (value == 0xFE)
            {
                value = 0xFE00 | il.ReadByte();
            }

            var index = value > 0xFF ? 256 + (value & 0xFF) : value;
            var operand = s_operands[index] ?? throw new BadImageFormatException($"unknown IL opcode 0x{value:X} at offset {offset}");
            var token = 0;
            switch (operand)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.ReadByte();
                    break;
                case OperandType.InlineVar:
                    il.ReadUInt16();
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.ShortInlineR or OperandType.InlineString:
                    il.ReadInt32();
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.ReadInt64();
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    for (var i = 0; i < targets; i++)
                    {
                        il.ReadInt32();
                    }

                    break;
                default:
                    // InlineField, InlineMethod, InlineSig, InlineTok, InlineType.
                    token = il.ReadInt32();
                    break;
            }

            instructions.Add(new Instruction(offset, (ILOpCode)value, token));
        }

        return instructions;
    }

    /// <summary>The operand types that System.Reflection.Emit knows for every opcode (so no table of them is kept by hand).</summary>
    private static OperandType?[] BuildOperandTable()
    {
        var table = new OperandType?[512];
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is OpCode opCode)
            {
                var value = (ushort)opCode.Value;
                table[opCode.Size == 1 ? value : 256 + (value & 0xFF)] = opCode.OperandType;
            }
        }

        return table;
    }
}
